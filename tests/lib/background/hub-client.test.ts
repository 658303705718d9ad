import { describe, expect, it, vi } from 'vitest';
import {
  fetchHubAlerts,
  HubError,
  hubConnectionSchema,
  syncHubAlerts,
  type HubConnection,
} from '@/lib/background/hub-client';
import type { PollAlert } from '@/lib/poller';
import type { FetchLike } from '@/lib/tiktok';

const connection: HubConnection = { url: 'http://127.0.0.1:8788', token: 'hub-token', shopId: '7494726673780148744' };

function alert(packageKey: string, riskCode = 'first-scan-overdue'): PollAlert {
  return {
    notificationId: `lml-alert:${packageKey}:${riskCode}`,
    packageKey,
    orderId: packageKey.replace(/^\w+:/, ''),
    riskCode,
    raisedAt: 1_700_000_000_000,
    text: { en: 'No carrier scan 4 h after the label', zh: '面单生成已超过 4 小时仍无承运商扫描' },
    market: 'US',
  };
}

function hubFetch(answers: Array<{ status: number; body: unknown }>) {
  const calls: Array<{ url: string; authorization: string | undefined }> = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, authorization: init.headers.authorization });
    const answer = answers.shift()!;
    return {
      status: answer.status,
      headers: { get: () => null },
      text: async () => (typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)),
    };
  };
  return { fetchFn, calls };
}

describe('hubConnectionSchema', () => {
  it('keeps an http(s) URL without its trailing slash and refuses other schemes and odd shop ids', () => {
    expect(hubConnectionSchema.parse({ ...connection, url: 'https://hub.example.com/' }).url).toBe(
      'https://hub.example.com',
    );
    expect(hubConnectionSchema.safeParse({ ...connection, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(hubConnectionSchema.safeParse({ ...connection, shopId: '../admin' }).success).toBe(false);
    expect(hubConnectionSchema.safeParse({ ...connection, token: ' ' }).success).toBe(false);
  });
});

describe('fetchHubAlerts', () => {
  it("reads the shop's alerts with the bearer token", async () => {
    const { fetchFn, calls } = hubFetch([{ status: 200, body: { alerts: [alert('pkg:1')] } }]);
    expect(await fetchHubAlerts(connection, fetchFn)).toEqual([alert('pkg:1')]);
    expect(calls).toEqual([
      { url: 'http://127.0.0.1:8788/v1/shops/7494726673780148744/alerts', authorization: 'Bearer hub-token' },
    ]);
  });

  it.each([
    [{ status: 401, body: { error: 'no' } }, 'auth'],
    [{ status: 503, body: '' }, 'http'],
    [{ status: 200, body: 'not json' }, 'shape'],
    [{ status: 200, body: { alerts: [{ notificationId: 'x' }] } }, 'shape'],
  ])('fails with a typed error on %j', async (answer, kind) => {
    const { fetchFn } = hubFetch([answer]);
    await expect(fetchHubAlerts(connection, fetchFn)).rejects.toMatchObject({ name: 'HubError', kind });
  });

  it('reports an unreachable hub as a network error', async () => {
    const failing: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchHubAlerts(connection, failing)).rejects.toBeInstanceOf(HubError);
  });
});

describe('syncHubAlerts', () => {
  it('notifies each open alert once, retries a failed one, forgets closed ones and badges the packages at risk', async () => {
    let shown: string[] = [];
    const store = { get: async () => shown, set: async (ids: string[]) => void (shown = ids) };
    const notify = vi.fn(async (a: PollAlert) => {
      if (a.packageKey === 'pkg:3' && notify.mock.calls.filter(([c]) => c.packageKey === 'pkg:3').length === 1)
        throw new Error('notifications blocked');
    });
    const setBadge = vi.fn(async () => undefined);
    const { fetchFn } = hubFetch([
      { status: 200, body: { alerts: [alert('pkg:1'), alert('pkg:1', 'no-update-24h'), alert('pkg:3')] } },
      { status: 200, body: { alerts: [alert('pkg:1'), alert('pkg:1', 'no-update-24h'), alert('pkg:3')] } },
      { status: 200, body: { alerts: [alert('pkg:3')] } },
    ]);
    const deps = { connection, fetch: fetchFn, notify, setBadge, shown: store };

    expect(await syncHubAlerts(deps)).toEqual({ open: 3, notified: 2 });
    expect(setBadge).toHaveBeenLastCalledWith(2);
    expect(await syncHubAlerts(deps)).toEqual({ open: 3, notified: 1 }); // pkg:3 shown this time
    expect(await syncHubAlerts(deps)).toEqual({ open: 1, notified: 0 });
    expect(setBadge).toHaveBeenLastCalledWith(1);
    expect(shown).toEqual(['lml-alert:pkg:3:first-scan-overdue']);
    expect(notify).toHaveBeenCalledTimes(4);
  });
});
