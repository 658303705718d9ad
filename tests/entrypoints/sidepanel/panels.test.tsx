// @vitest-environment happy-dom
import { defaultRulePack } from '@/lib/rules';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShopPanel, type ShopPanelProps } from '@/entrypoints/sidepanel/ShopPanel';
import { TroubleshootPanel, type TroubleshootPanelProps } from '@/entrypoints/sidepanel/TroubleshootPanel';
import { DEFAULT_AT_RISK_SORT } from '@/entrypoints/sidepanel/at-risk-sort';
import type { TroubleshootView } from '@/lib/messaging';
import { NOW, sampleOverview } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const HOUR = 3_600_000;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

function render(node: React.ReactNode) {
  act(() => root.render(node));
}

function shopProps(overrides: Partial<ShopPanelProps> = {}): ShopPanelProps {
  const overview = sampleOverview();
  return {
    locale: 'en',
    pack: defaultRulePack,
    state: { status: 'ready', data: overview },
    overview,
    sort: DEFAULT_AT_RISK_SORT,
    poll: { status: 'idle' },
    onSort: vi.fn(),
    onPick: vi.fn(),
    onPollNow: vi.fn(),
    onRefresh: vi.fn(),
    onExportAtRisk: vi.fn(),
    onExportSla: vi.fn(),
    ...overrides,
  };
}

const overdueView: TroubleshootView = {
  query: '576800000000000002',
  found: true,
  timeZone: 'America/Los_Angeles',
  orderId: '576800000000000002',
  facts: {
    apiConnected: true,
    market: 'US',
    carrierId: 'jt-express',
    carrierText: 'J&T',
    waybill: 'JT0001234567',
    labelCreatedAt: NOW - 5 * HOUR,
    labelCreatedSource: 'print-click',
    status: 'AWAITING_COLLECTION',
  },
  events: [
    {
      at: NOW - 4 * HOUR,
      status: 'info-received',
      description: 'Shipment information received',
      isCarrierScan: false,
      gapBeforeMs: HOUR,
      gapBreached: false,
    },
    {
      at: NOW - HOUR,
      status: 'in-transit',
      description: 'Departed facility',
      isCarrierScan: true,
      gapBeforeMs: 30 * HOUR,
      gapBreached: true,
    },
  ],
  clocks: {
    firstScan: { state: 'overdue', dueAt: NOW - HOUR, lateByMs: HOUR },
    longestGapMs: 30 * HOUR,
    longestGapBreached: true,
    currentGapMs: HOUR,
    overBenchmark: false,
    transitDays: 1,
    benchmarkDays: 3.2,
    risks: ['first-scan-overdue'],
  },
  findings: [
    {
      code: 'first-scan-overdue',
      severity: 'critical',
      title: { en: 'No first scan 5 h after label — call J&T', zh: '面单生成 5 小时后仍无首次扫描' },
      detail: { en: 'detail', zh: '详情' },
      fix: { en: 'Call J&T', zh: '联系极兔' },
      source: 'seed:S27',
    },
    {
      code: 'printer-unknown',
      severity: 'unknown',
      title: { en: 'Unknown — printer', zh: '未知 — 打印机' },
      detail: { en: 'd', zh: 'd' },
      fix: { en: 'Save it in Options', zh: '在设置中保存' },
      source: 'seed:S33',
    },
  ],
  rankingNote: { en: 'Observed evidence beats a prior.', zh: '观察到的证据优先。' },
  ticket: { en: 'Order 576800000000000002', zh: '订单 576800000000000002' },
};

function troubleshootProps(overrides: Partial<TroubleshootPanelProps> = {}): TroubleshootPanelProps {
  return {
    locale: 'en',
    pack: defaultRulePack,
    queryText: '',
    state: { status: 'idle' },
    copy: 'idle',
    onQueryChange: vi.fn(),
    onSubmit: vi.fn(),
    onCopy: vi.fn(),
    ...overrides,
  };
}

describe('ShopPanel', () => {
  it('renders the at-risk table with sort buttons and aria-sort on the sorted column only', () => {
    const props = shopProps({ sort: { column: 'shipByAt', direction: 'descending' } });
    render(<ShopPanel {...props} />);
    const headers = [...container.querySelectorAll('[data-testid="at-risk-table"] thead th')];
    const sorted = headers.filter(
      (th) => th.getAttribute('aria-sort') !== 'none' && th.getAttribute('aria-sort') !== null,
    );
    expect(sorted).toHaveLength(1);
    expect(sorted[0]!.getAttribute('aria-sort')).toBe('descending');
    expect(sorted[0]!.textContent).toContain('Ship by');
    const button = container.querySelector<HTMLButtonElement>('button[data-column="order"]')!;
    act(() => button.click());
    expect(props.onSort).toHaveBeenCalledWith('order');
  });

  it('lists rows in the sorted order with their risk texts and a labelled pick button', () => {
    const props = shopProps({ sort: { column: 'order', direction: 'ascending' } });
    render(<ShopPanel {...props} />);
    const rows = [...container.querySelectorAll('[data-testid="at-risk-table"] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-order-id'))).toEqual(['576800000000000001', '576800000000000002']);
    expect(rows[1]!.textContent).toContain('No first scan — 1 h 12 m past the 4 h window');
    const pick = container.querySelector<HTMLButtonElement>(
      'button[aria-label="Troubleshoot order 576800000000000002"]',
    )!;
    act(() => pick.click());
    expect(props.onPick).toHaveBeenCalledWith('576800000000000002');
  });

  it('shows metrics against their targets with status and trend words, and counts per carrier', () => {
    render(<ShopPanel {...shopProps()} />);
    const row = container.querySelector('table[data-scope="shop"] tr[data-metric="exception-rate"]')!;
    expect(row.textContent).toContain('5.0% (1 of 20)');
    expect(row.textContent).toContain('< 1.3%');
    expect(row.textContent).toContain('Breached');
    expect(row.textContent).toContain('worsening');
    expect(container.querySelector('[data-testid="counts-by-carrier"]')!.textContent).toContain('J&T Express');
    // The chart has a name and a table with the same figures.
    const svg = container.querySelector('svg[role="img"]')!;
    expect(container.querySelector(`#${CSS.escape(svg.getAttribute('aria-labelledby')!)}`)!.textContent).toContain(
      '3 delivered in 2 days',
    );
    expect(container.querySelector('.lml-histogram-table')!.textContent).toContain('4');
  });

  it('explains a background that cannot answer yet and offers a retry', () => {
    const props = shopProps({ state: { status: 'failed', code: 'unhandled' }, overview: undefined });
    render(<ShopPanel {...props} />);
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('cannot answer this yet');
    act(() => alert.querySelector('button')!.click());
    expect(props.onRefresh).toHaveBeenCalled();
  });
});

describe('TroubleshootPanel', () => {
  it('submits the search box on Enter (form submit)', () => {
    const props = troubleshootProps({ queryText: ' JT0001234567 ' });
    render(<TroubleshootPanel {...props} />);
    const form = container.querySelector('form')!;
    void act(() => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(props.onSubmit).toHaveBeenCalledWith(' JT0001234567 ');
    expect(container.querySelector('label')!.getAttribute('for')).toBe(container.querySelector('input')!.id);
  });

  it('shows facts, a ticking overdue clock, the timeline with the breached gap and ranked findings', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
    render(
      <TroubleshootPanel {...troubleshootProps({ state: { status: 'ready', view: overdueView, origin: 'tab' } })} />,
    );
    expect(container.textContent).toContain('your first click on Seller Center’s print-label button');
    expect(container.querySelector('[role="status"]')!.textContent).toContain(
      'Opened from the Seller Center tab: order 576800000000000002',
    );
    const clock = container.querySelector('[data-clock="first-scan"]')!;
    expect(clock.getAttribute('data-state')).toBe('overdue');
    expect(clock.textContent).toContain('Overdue by 1 h');
    void act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(clock.textContent).toContain('Overdue by 1 h 2 m');
    const breached = container.querySelectorAll('[data-gap-breached="true"]');
    expect(breached).toHaveLength(1);
    expect(breached[0]!.textContent).toContain('1 d 6 h without an update — over the 24 h rule');
    const findings = [...container.querySelectorAll('.lml-finding')];
    expect(findings.map((f) => f.getAttribute('data-code'))).toEqual(['first-scan-overdue', 'printer-unknown']);
    expect(findings[0]!.textContent).toContain('Critical');
    expect(findings[0]!.textContent).toContain('Severity: Critical');
  });

  it('confirms a copy in a status region', () => {
    const props = troubleshootProps({ state: { status: 'ready', view: overdueView }, copy: 'copied' });
    render(<TroubleshootPanel {...props} />);
    const copyButton = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Copy support-ticket summary',
    )!;
    act(() => copyButton.click());
    expect(props.onCopy).toHaveBeenCalled();
    expect(
      [...container.querySelectorAll('[role="status"]')].some(
        (s) => s.textContent === 'Summary copied to the clipboard.',
      ),
    ).toBe(true);
  });

  it('says when nothing matches, and shows an unhandled background as an error with a retry', () => {
    render(
      <TroubleshootPanel
        {...troubleshootProps({
          state: { status: 'ready', view: { ...overdueView, found: false, events: [], clocks: null } },
        })}
      />,
    );
    expect(container.textContent).toContain('Nothing in the extension’s records matches');
    const props = troubleshootProps({ state: { status: 'failed', query: '576800000000000002', code: 'unhandled' } });
    render(<TroubleshootPanel {...props} />);
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('“unhandled”');
    act(() => alert.querySelector('button')!.click());
    expect(props.onSubmit).toHaveBeenCalledWith('576800000000000002');
  });

  it.each(['en', 'zh'] as const)('shows every time with the view’s one zone, as the findings do (%s)', (locale) => {
    const view: TroubleshootView = {
      ...overdueView,
      facts: { ...overdueView.facts, shipByAt: NOW + 20 * HOUR, firstScanAt: NOW - HOUR },
      findings: [
        {
          ...overdueView.findings[0]!,
          detail: {
            en: 'Label created 2026-03-04 20:00 (America/Los_Angeles).',
            zh: '面单生成时间 2026-03-04 20:00 (America/Los_Angeles)。',
          },
        },
      ],
    };
    render(<TroubleshootPanel {...troubleshootProps({ locale, state: { status: 'ready', view } })} />);
    const facts = container.querySelector('.lml-facts')!.textContent!;
    expect(facts).toContain('2026-03-04 20:00 (America/Los_Angeles)');
    expect(facts).toContain('2026-03-05 21:00 (America/Los_Angeles)');
    expect(container.querySelector('.lml-finding')!.textContent).toContain('2026-03-04 20:00 (America/Los_Angeles)');
    const times = [...container.querySelectorAll('.lml-timeline time')].map((t) => t.textContent);
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(America\/Los_Angeles\)$/);
    expect(container.querySelector('[data-clock="first-scan"]')!.textContent).toContain('(America/Los_Angeles)');
  });

  it('leaves days in transit empty before the first carrier scan', () => {
    const { transitDays: _none, ...clocks } = overdueView.clocks!;
    const view: TroubleshootView = { ...overdueView, events: [], clocks };
    render(<TroubleshootPanel {...troubleshootProps({ state: { status: 'ready', view } })} />);
    const transit = container.querySelector('[data-clock="transit"]')!;
    expect(transit.querySelector('dd')!.textContent).toBe('—');
    expect(transit.textContent).not.toMatch(/unknown/i);
  });

  it('renders in Chinese', () => {
    render(
      <TroubleshootPanel {...troubleshootProps({ locale: 'zh', state: { status: 'ready', view: overdueView } })} />,
    );
    expect(container.textContent).toContain('订单号或运单号');
    expect(container.textContent).toContain('面单生成 5 小时后仍无首次扫描');
    expect(container.textContent).toContain('严重');
  });
});
