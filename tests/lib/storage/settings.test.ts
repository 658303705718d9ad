import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  callbackSetting,
  connectionStateSetting,
  credentialsSetting,
  defineSetting,
  localeSetting,
  maskCredentials,
  onSettingIssue,
  pollSettings,
  printerSetting,
  ruleOverridesSetting,
  sellerProfileSetting,
  type SettingIssue,
} from '@/lib/storage';
import { z } from 'zod';

const credentials = {
  appKey: '6abc1d2efgh3i',
  appSecret: '0123456789abcdef0123456789abcdef01234567',
  accessToken: 'TTP_access_token_value',
  accessTokenExpiresAt: 1_700_604_800_000,
  refreshToken: 'TTP_refresh_token_value',
  shopCipher: 'ROW_AbCdEfGhIjKlMnOpQrStUv',
  region: 'gb',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings fall back when nothing is stored', () => {
  it.each([
    ['credentials', credentialsSetting, null],
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

describe('credentialsSetting', () => {
  it('lives in storage.local only, never sync', async () => {
    expect(credentialsSetting.key.startsWith('local:')).toBe(true);
    expect(await credentialsSetting.setValue(credentials)).toEqual({ ok: true });
    const local = await fakeBrowser.storage.local.get('credentials');
    expect(local.credentials).toMatchObject({ appKey: credentials.appKey });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('round-trips and normalises the region to upper case', async () => {
    await credentialsSetting.setValue(credentials);
    expect(await credentialsSetting.getValue()).toEqual({ ...credentials, region: 'GB' });
  });

  it('refuses to write credentials without an app secret, and writes nothing', async () => {
    const result = await credentialsSetting.setValue({ ...credentials, appSecret: '  ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('appSecret');
    expect(await fakeBrowser.storage.local.get('credentials')).toEqual({});
  });

  it('reports a corrupt stored value without the value itself', async () => {
    await fakeBrowser.storage.local.set({ credentials: { appKey: 'k', appSecret: 'SECRET-XYZ', accessToken: 42 } });
    const seen: SettingIssue[][] = [];
    const stop = onSettingIssue((issues) => seen.push(issues));
    expect(await credentialsSetting.getValue()).toBeNull();
    stop();
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]).toMatchObject({ key: 'local:credentials', path: 'accessToken', code: 'invalid_type' });
    expect(JSON.stringify(seen)).not.toContain('SECRET-XYZ');
  });

  it('masks secrets for display, keeping the last four characters', () => {
    const masked = maskCredentials(credentialsSetting.schema.parse(credentials)!);
    expect(masked.appSecret).toBe('••••4567');
    expect(masked.accessToken).toBe('••••alue');
    expect(masked.appKey).toBe(credentials.appKey);
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
