/**
 * Connect, test and disconnect against the mock Open API (tools/mock-api) over real HTTP, with the
 * real hosts routed to it. Reproduces issue #12 item 2: a disconnect during a test or a connect was
 * undone, and a test could overwrite the tokens a poll had just refreshed.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { connectShop, testConnection } from '@/lib/background/connection';
import { disconnect } from '@/lib/background/disconnect';
import { database, pollOnce } from '@/lib/background/poll';
import {
  addEvents,
  connectionStateSetting,
  countQuarantine,
  credentialStore,
  quarantinePayload,
  raiseAlert,
  recordLabelClick,
  upsertPackages,
} from '@/lib/storage';
import { OPEN_API_BASE_URL, TOKEN_API_BASE_URL } from '@/lib/tiktok';
import { MOCK_AUTH_CODE, MOCK_CREDENTIALS, startMockApi, type MockApi } from '@/tools/mock-api';

let api: MockApi;
const realFetch = globalThis.fetch;
/** Requests wait here while `gate.closed` (a connection test "in flight"). */
const gate = { closed: false, waiting: [] as Array<() => void> };

beforeAll(async () => {
  api = await startMockApi({ seed: 11, ordersPerMarket: 3, qps: null });
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  fakeBrowser.reset();
  api.control.reset();
  gate.closed = false;
  gate.waiting = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (gate.closed) await new Promise<void>((resolve) => gate.waiting.push(resolve));
    const routed = url.replace(OPEN_API_BASE_URL, api.url).replace(TOKEN_API_BASE_URL, api.url);
    return realFetch(routed, init);
  });
  await credentialStore().clear();
  const db = await database();
  await Promise.all(db.tables.map((t) => t.clear()));
});

function openGate(): void {
  gate.closed = false;
  for (const resume of gate.waiting.splice(0)) resume();
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

const connectInput = {
  appKey: MOCK_CREDENTIALS.appKey,
  appSecret: MOCK_CREDENTIALS.appSecret,
  accessToken: MOCK_CREDENTIALS.accessToken,
  refreshToken: MOCK_CREDENTIALS.refreshToken,
};

describe('one serialised credential writer with a generation', () => {
  it('connects, picks the shop and stores it', async () => {
    const result = await connectShop(connectInput);
    expect(result.connection).toMatchObject({ state: 'ok' });
    expect((await credentialStore().read()).credentials).toMatchObject({ shopCipher: expect.any(String) });
  });

  it('a disconnect while a connection test is in flight is not undone', async () => {
    await connectShop(connectInput);
    gate.closed = true;
    const testing = testConnection();
    await until(() => gate.waiting.length > 0);
    await disconnect();
    openGate();
    await testing;
    expect((await credentialStore().read()).credentials).toBeNull();
    expect(await connectionStateSetting.getValue()).toEqual({ state: 'not-configured' });
  });

  it('a disconnect while connecting is not undone', async () => {
    gate.closed = true;
    const connecting = connectShop(connectInput);
    await until(() => gate.waiting.length > 0);
    await disconnect();
    openGate();
    await connecting;
    expect((await credentialStore().read()).credentials).toBeNull();
  });

  it('a disconnect while an authorization code is exchanged is not undone', async () => {
    gate.closed = true;
    const connecting = connectShop({
      appKey: connectInput.appKey,
      appSecret: connectInput.appSecret,
      authCode: MOCK_AUTH_CODE,
    });
    await until(() => gate.waiting.length > 0);
    await disconnect();
    openGate();
    expect((await connecting).connection.state).toBe('error');
    expect((await credentialStore().read()).credentials).toBeNull();
  });

  it('a test does not overwrite tokens a poll refreshed meanwhile', async () => {
    await connectShop(connectInput);
    gate.closed = true;
    const testing = testConnection();
    await until(() => gate.waiting.length > 0);
    const { generation } = await credentialStore().read();
    await credentialStore().update(generation, (c) => ({ ...c, accessToken: 'refreshed-by-the-poll' }));
    openGate();
    await testing;
    expect((await credentialStore().read()).credentials).toMatchObject({
      accessToken: 'refreshed-by-the-poll',
      shopCipher: expect.any(String),
    });
  });
});

describe('disconnect', () => {
  it("deletes the shop's data: orders, tracking numbers, events, alerts, label clicks, quarantine", async () => {
    await connectShop(connectInput);
    const db = await database();
    const now = Date.now();
    await upsertPackages(
      db,
      [{ orderId: '576800123456789012', packageId: '77', trackingNumber: 'RB123456785GB' }],
      now,
    );
    await addEvents(
      db,
      'pkg:77',
      [{ eventKey: 'a', at: now, status: 'picked-up', description: 'x', isCarrierScan: true }],
      now,
    );
    await raiseAlert(db, { packageKey: 'pkg:77', riskCode: 'stale', orderId: '576800123456789012', raisedAt: now });
    await recordLabelClick(db, '576800123456789012', now);
    await quarantinePayload(db, { endpoint: 'orders.tracking', path: 'data', issue: 'x', at: now, payload: { a: 1 } });
    await fakeBrowser.action.setBadgeText({ text: '3' });

    await disconnect();
    for (const table of db.tables) expect(`${table.name}: ${await table.count()}`).toBe(`${table.name}: 0`);
    expect(await countQuarantine(db)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('cancels the running poll, which then writes nothing back', async () => {
    await connectShop(connectInput);
    gate.closed = true;
    const polling = pollOnce();
    await until(() => gate.waiting.length > 0);
    const disconnecting = disconnect();
    openGate();
    await disconnecting;
    await polling.catch(() => undefined);
    const db = await database();
    for (const table of db.tables) expect(`${table.name}: ${await table.count()}`).toBe(`${table.name}: 0`);
    expect(await connectionStateSetting.getValue()).toEqual({ state: 'not-configured' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
