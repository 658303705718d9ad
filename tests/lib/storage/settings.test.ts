import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  callbackSetting,
  connectionStateSetting,
  defineSetting,
  localeSetting,
  onSettingIssue,
  pollSettings,
  printerSetting,
  ruleOverridesSetting,
  sellerProfileSetting,
} from '@/lib/storage';
import { z } from 'zod';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings fall back when nothing is stored', () => {
  it.each([
    ['connection state', connectionStateSetting, { state: 'not-configured' }],
    ['poll settings', pollSettings, { intervalMinutes: 15, batchSize: 20, qps: 10 }],
    ['seller profile', sellerProfileSetting, { connectedCarriers: [] }],
    ['printer', printerSetting, null],
    ['carrier callbacks', callbackSetting, {}],
    ['locale', localeSetting, 'auto'],
    ['rule overrides', ruleOverridesSetting, null],
  ] as const)('%s reads its fallback', async (_name, setting, fallback) => {
    expect(await (setting as { getValue(): Promise<unknown> }).getValue()).toEqual(fallback);
  });
});

describe('corrupt values fall back and never crash', () => {
  it('a poll interval below the one-minute minimum reads as the fallback, with the issue', async () => {
    await fakeBrowser.storage.local.set({ 'poll-settings': { intervalMinutes: 0.25, batchSize: 20, qps: 10 } });
    const read = await pollSettings.read();
    expect(read.ok).toBe(false);
    expect(read.value).toEqual(pollSettings.fallback);
    if (!read.ok) expect(read.issues.map((i) => i.path)).toEqual(['intervalMinutes']);
  });

  it('a partial poll settings object is completed with the defaults', async () => {
    await fakeBrowser.storage.local.set({ 'poll-settings': { intervalMinutes: 5 } });
    expect(await pollSettings.getValue()).toEqual({ intervalMinutes: 5, batchSize: 20, qps: 10 });
  });

  it('more than the documented 50 QPS is refused', async () => {
    const result = await pollSettings.setValue({ intervalMinutes: 15, batchSize: 20, qps: 80 });
    expect(result.ok).toBe(false);
  });

  it('a locale the UI does not know reads as auto', async () => {
    await fakeBrowser.storage.local.set({ locale: 'fr' });
    expect(await localeSetting.getValue()).toBe('auto');
  });

  it('a corrupt value is left in storage (the seller may still recover it)', async () => {
    await fakeBrowser.storage.local.set({ 'seller-profile': { market: 'XX', connectedCarriers: 'usps' } });
    expect(await sellerProfileSetting.getValue()).toEqual({ connectedCarriers: [] });
    expect((await fakeBrowser.storage.local.get('seller-profile'))['seller-profile']).toEqual({
      market: 'XX',
      connectedCarriers: 'usps',
    });
  });

  it('a throwing issue listener does not break the read', async () => {
    await fakeBrowser.storage.local.set({ locale: 7 });
    const stop = onSettingIssue(() => {
      throw new Error('listener bug');
    });
    await expect(localeSetting.getValue()).resolves.toBe('auto');
    stop();
  });
});

describe('shapes the other modules rely on', () => {
  it('seller profile keeps carriers as typed and parcels in grams and millimetres', async () => {
    const profile = {
      market: 'GB' as const,
      businessType: 'company' as const,
      dailyOrders: 60,
      monthlyParcels: 1800,
      connectedCarriers: ['royal-mail', 'some-new-carrier'],
      defaultParcel: { weightGrams: 450, dimensionsMm: { length: 220, width: 160, height: 60 } },
    };
    expect(await sellerProfileSetting.setValue(profile)).toEqual({ ok: true });
    expect(await sellerProfileSetting.getValue()).toEqual(profile);
  });

  it('printer accepts any positive resolution and the three label sizes', async () => {
    expect(await printerSetting.setValue({ dpi: 152, labelSize: 'A6' })).toEqual({ ok: true });
    expect(await printerSetting.getValue()).toEqual({ dpi: 152, labelSize: 'A6' });
    expect((await printerSetting.setValue({ dpi: 0, labelSize: 'A6' })).ok).toBe(false);
  });

  it('callback URLs are kept as the seller typed them (seed:S28 writes them without a scheme)', async () => {
    const value = {
      'jt-express': { url: 'us-api.tiktokshop.com/logistics/v3/tracking', updatedAt: 1_700_000_000_000 },
    };
    await callbackSetting.setValue(value);
    expect(await callbackSetting.getValue()).toEqual(value);
  });

  it('connection state carries a localized reason and no secret', async () => {
    const state = {
      state: 'reconnect-needed' as const,
      reason: { en: 'Reconnect', zh: '重新连接' },
      detail: '105002',
      checkedAt: 1,
    };
    await connectionStateSetting.setValue(state);
    expect(await connectionStateSetting.getValue()).toEqual(state);
  });

  it('watch delivers validated values', async () => {
    const seen: unknown[] = [];
    const stop = localeSetting.watch((v) => seen.push(v));
    await localeSetting.setValue('zh');
    await fakeBrowser.storage.local.set({ locale: 'klingon' });
    stop();
    expect(seen).toEqual(['zh', 'auto']);
  });
});

describe('defineSetting', () => {
  it('runs a version migration written for a shape change', async () => {
    await fakeBrowser.storage.local.set({ 'test-dpi': 300, 'test-dpi$': { v: 1 } });
    const setting = defineSetting('local:test-dpi', {
      schema: z.object({ dpi: z.number() }),
      fallback: { dpi: 203 },
      version: 2,
      migrations: { 2: (old) => ({ dpi: old }) },
    });
    await setting.item.migrate();
    expect(await setting.getValue()).toEqual({ dpi: 300 });
  });
});
