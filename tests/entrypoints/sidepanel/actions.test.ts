import { defaultRulePack } from '@/lib/rules';
import { describe, expect, it, vi } from 'vitest';
import { createSidepanelActions, type SidepanelDeps } from '@/entrypoints/sidepanel/actions';
import { createSidepanelStore } from '@/entrypoints/sidepanel/store';
import { MessagingError, type TroubleshootView } from '@/lib/messaging';
import { sampleOverview } from './fixtures';

function view(query: string, orderId = query): TroubleshootView {
  return {
    query,
    found: true,
    timeZone: 'UTC',
    orderId,
    facts: { apiConnected: true },
    events: [],
    clocks: null,
    findings: [],
    rankingNote: { en: 'note', zh: '说明' },
    ticket: { en: `Order ${orderId}`, zh: `订单 ${orderId}` },
  };
}

function setup(send: (type: string, payload: unknown) => Promise<unknown>) {
  const store = createSidepanelStore();
  const deps: SidepanelDeps = {
    send: send as SidepanelDeps['send'],
    copyText: vi.fn(async () => undefined),
    download: vi.fn(),
  };
  return { store, deps, actions: createSidepanelActions(store, deps) };
}

describe('troubleshoot', () => {
  it('sends the trimmed query and shows the answer', async () => {
    const send = vi.fn(async (_type: string, payload: unknown) => view((payload as { query: string }).query));
    const { store, actions } = setup(send);
    await actions.troubleshoot('  576800123456789012 ');
    expect(send).toHaveBeenCalledWith('troubleshoot-order', { query: '576800123456789012' });
    expect(store.getState().troubleshoot).toMatchObject({ status: 'ready', view: { orderId: '576800123456789012' } });
  });

  it('refuses an empty or over-long query without asking the background', async () => {
    const send = vi.fn();
    const { store, actions } = setup(send);
    await actions.troubleshoot('   ');
    expect(store.getState().inputProblem).toBe('empty');
    await actions.troubleshoot('x'.repeat(201));
    expect(store.getState().inputProblem).toBe('too-long');
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the background’s error code when the handler is missing (unhandled)', async () => {
    const { store, actions } = setup(async () => {
      throw new MessagingError('unhandled', 'No handler for "troubleshoot-order"');
    });
    await actions.troubleshoot('576800123456789012');
    expect(store.getState().troubleshoot).toEqual({ status: 'failed', query: '576800123456789012', code: 'unhandled' });
  });

  it('lets only the newest request write its answer', async () => {
    let release: (v: TroubleshootView) => void = () => undefined;
    const slow = new Promise<TroubleshootView>((resolve) => (release = resolve));
    const send = vi.fn().mockReturnValueOnce(slow).mockResolvedValueOnce(view('222222'));
    const { store, actions } = setup(send);
    const first = actions.troubleshoot('111111');
    await actions.troubleshoot('222222');
    release(view('111111'));
    await first;
    expect(store.getState().troubleshoot).toMatchObject({ status: 'ready', view: { orderId: '222222' } });
  });
});

describe('openTarget', () => {
  it('switches to the troubleshoot tab, fills the box and looks the order up', async () => {
    const send = vi.fn(async () => view('576800123456789012'));
    const { store, actions } = setup(send);
    store.getState().setTab('shop');
    await actions.openTarget({ origin: 'storage', orderId: '576800123456789012', at: 1 });
    expect(store.getState()).toMatchObject({
      tab: 'troubleshoot',
      queryText: '576800123456789012',
      troubleshoot: { status: 'ready', origin: 'storage' },
    });
  });

  it('does not look the same order up again when the tab reports it twice, but an explicit request does', async () => {
    const send = vi.fn(async () => view('576800123456789012'));
    const { actions } = setup(send);
    await actions.openTarget({ origin: 'tab', orderId: '576800123456789012' });
    await actions.openTarget({ origin: 'tab', orderId: '576800123456789012' });
    expect(send).toHaveBeenCalledTimes(1);
    await actions.openTarget({ origin: 'storage', orderId: '576800123456789012', at: 1 });
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('shop actions', () => {
  it('poll-now, then reloads the overview and the connection', async () => {
    const send = vi.fn(async (type: string) => {
      if (type === 'poll-now') return { checked: 3, newEvents: 5, newAlerts: 1, atRisk: 2 };
      if (type === 'shop-overview') return sampleOverview();
      return { connection: { state: 'ok' }, pollIntervalMinutes: 15, lastPollAt: 1, atRiskCount: 2, watchedCount: 3 };
    });
    const { store, actions } = setup(send);
    await actions.pollNow();
    expect(send.mock.calls.map((c) => c[0])).toEqual(['poll-now', 'shop-overview', 'connection-status']);
    expect(store.getState().poll).toMatchObject({ status: 'done', result: { checked: 3 } });
    expect(store.getState().overview.status).toBe('ready');
  });

  it('keeps the previous overview on screen when a refresh fails', async () => {
    const send = vi
      .fn()
      .mockResolvedValueOnce(sampleOverview())
      .mockRejectedValueOnce(new MessagingError('handler-failed', 'boom'));
    const { store, actions } = setup(send);
    await actions.loadOverview();
    await actions.loadOverview();
    expect(store.getState().overview).toMatchObject({
      status: 'failed',
      code: 'handler-failed',
      previous: { generatedAt: sampleOverview().generatedAt },
    });
  });

  it('exports the at-risk list in the table’s current order and says which file', async () => {
    const { store, deps, actions } = setup(async () => sampleOverview());
    await actions.loadOverview();
    store.getState().setSort({ column: 'order', direction: 'ascending' });
    actions.exportAtRisk('en', defaultRulePack);
    const [file, text] = (deps.download as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(file).toBe('lastmile-lens-at-risk-20260305-0900Z.csv');
    const orderIds = (text as string)
      .split('\r\n')
      .slice(1, 3)
      .map((line) => line.split(',')[0]);
    expect(orderIds).toEqual(['576800000000000001', '576800000000000002']);
    expect(store.getState().exportNotice).toEqual({ file, rows: 2 });
  });

  it('exports the SLA report with its row count', async () => {
    const { store, deps, actions } = setup(async () => sampleOverview());
    await actions.loadOverview();
    actions.exportSlaReport('zh', defaultRulePack);
    expect((deps.download as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toBe(
      'lastmile-lens-sla-report-20260305-0900Z.csv',
    );
    expect(store.getState().exportNotice?.rows).toBe(4);
  });

  it('picks an order from the list into the troubleshoot tab', async () => {
    const send = vi.fn(async (_t: string, p: unknown) => view((p as { query: string }).query));
    const { store, actions } = setup(send);
    store.getState().setTab('shop');
    await actions.pick('576800000000000002');
    expect(store.getState()).toMatchObject({
      tab: 'troubleshoot',
      queryText: '576800000000000002',
      troubleshoot: { status: 'ready' },
    });
  });
});

describe('copyTicket', () => {
  it('copies the ticket in the UI language and confirms; a refused clipboard says so', async () => {
    const { store, deps, actions } = setup(async () => view('576800123456789012'));
    await actions.troubleshoot('576800123456789012');
    await actions.copyTicket('zh');
    expect(deps.copyText).toHaveBeenCalledWith('订单 576800123456789012');
    expect(store.getState().copy).toBe('copied');
    (deps.copyText as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('denied'));
    await actions.copyTicket('en');
    expect(store.getState().copy).toBe('failed');
  });
});
