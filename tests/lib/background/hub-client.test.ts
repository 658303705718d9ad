import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fetchHubAlerts,
  HubError,
  hubConnectionSchema,
  syncHubAlerts,
  type HubConnection,
} from '@/lib/background/hub-client';
import { createNoticeReconciler, type PollAlert } from '@/lib/poller';
import { countAtRisk, listAlerts, listPackagesOfOrder, openDb, type LastmileDb } from '@/lib/storage';
import { createFakeNotifications } from '../poller/fake-notifications';
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
  let db: LastmileDb;
  beforeEach(async () => {
    db = await openDb(`hub-sync-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  const NOW = 1_700_000_600_000;
  const withPackage = (a: PollAlert, pkg: PollAlert['package']): PollAlert => ({ ...a, package: pkg });

  function depsFor(answers: Array<{ status: number; body: unknown }>) {
    const fake = createFakeNotifications();
    const reconcile = createNoticeReconciler({ db, surface: fake.surface, now: () => NOW });
    const setBadge = vi.fn(async () => undefined);
    const { fetchFn } = hubFetch(answers);
    return { fake, setBadge, deps: { connection, fetch: fetchFn, db, now: () => NOW, reconcile, setBadge } };
  }

  it("mirrors the hub's alerts into the store with the hub's clock, so the side panel and the deadlines read them", async () => {
    const shipByAt = 1_700_100_000_000;
    const { deps } = depsFor([
      {
        status: 200,
        body: {
          alerts: [
            withPackage(alert('pkg:1'), {
              packageId: '1',
              shipByAt,
              labelCreatedAt: 1_699_990_000_000,
              orderStatus: 'AWAITING_COLLECTION',
            }),
            alert('pkg:1', 'no-update-24h'),
          ],
        },
      },
    ]);
    expect(await syncHubAlerts(deps)).toEqual({ open: 2, atRisk: 1 });
    const [pkg] = await listPackagesOfOrder(db, '1');
    expect(pkg).toMatchObject({
      key: 'pkg:1',
      packageId: '1',
      shipByAt,
      labelCreatedAt: 1_699_990_000_000,
      orderStatus: 'AWAITING_COLLECTION',
      market: 'US',
      watched: 1,
      atRisk: 1,
      risks: ['first-scan-overdue', 'no-update-24h'],
    });
    expect((await listAlerts(db, { orderId: '1' })).map((a) => a.riskCode).sort()).toEqual([
      'first-scan-overdue',
      'no-update-24h',
    ]);
  });

  it('shows one notification per order (its worst risk) updated in place, and clears it when the hub closes the risks', async () => {
    const { deps, fake, setBadge } = depsFor([
      { status: 200, body: { alerts: [alert('pkg:1', 'no-update-24h'), alert('pkg:3')] } },
      { status: 200, body: { alerts: [alert('pkg:1', 'no-update-24h'), alert('pkg:1', 'exception'), alert('pkg:3')] } },
      { status: 200, body: { alerts: [alert('pkg:3')] } },
    ]);
    await syncHubAlerts(deps);
    expect([...fake.screen.keys()].sort()).toEqual(['lml-order:1', 'lml-order:3']);
    expect(setBadge).toHaveBeenLastCalledWith(2);

    await syncHubAlerts(deps); // a second risk on order 1: the same notification, now leading with the worse one
    expect(fake.screen.size).toBe(2);
    expect(fake.calls.at(-1)).toEqual({ op: 'update', id: 'lml-order:1' });
    expect(fake.screen.get('lml-order:1')?.risks).toEqual(['exception', 'no-update-24h']);

    await syncHubAlerts(deps); // the hub closed order 1's risks
    expect([...fake.screen.keys()]).toEqual(['lml-order:3']);
    expect(setBadge).toHaveBeenLastCalledWith(1);
    expect((await listPackagesOfOrder(db, '1'))[0]).toMatchObject({ risks: [], atRisk: 0 });
    expect(fake.calls.filter((c) => c.op === 'create')).toHaveLength(2);
  });

  it('changes nothing when the hub cannot be read', async () => {
    const { deps, fake } = depsFor([
      { status: 200, body: { alerts: [alert('pkg:1')] } },
      { status: 503, body: '' },
    ]);
    await syncHubAlerts(deps);
    await expect(syncHubAlerts(deps)).rejects.toMatchObject({ kind: 'http' });
    expect(await countAtRisk(db)).toBe(1);
    expect([...fake.screen.keys()]).toEqual(['lml-order:1']);
  });
});
