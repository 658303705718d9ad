import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { credentialStore, maskCredentials, credentialsSchema, type Credentials } from '@/lib/storage';

const credentials: Credentials = {
  appKey: '6abc1d2efgh3i',
  appSecret: '0123456789abcdef0123456789abcdef01234567',
  accessToken: 'TTP_access_token_value',
  accessTokenExpiresAt: 1_700_604_800_000,
  refreshToken: 'TTP_refresh_token_value',
  shopCipher: 'ROW_AbCdEfGhIjKlMnOpQrStUv',
  region: 'gb',
};

/** A store over its own fresh database, as a worker that just started would see it. */
const freshStore = () => credentialStore(`secrets-test-${crypto.randomUUID()}`);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the credential store', () => {
  it('keeps the secrets out of storage.local and storage.sync (content scripts can read those)', async () => {
    const store = freshStore();
    expect(await store.replace(credentials)).toMatchObject({ ok: true });
    expect((await store.read()).credentials).toEqual({ ...credentials, region: 'GB' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuses credentials without an app secret, writes nothing, and never echoes the values', async () => {
    const store = freshStore();
    const result = await store.replace({ ...credentials, appSecret: '  ', accessToken: 'SECRET-XYZ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('appSecret');
    expect(JSON.stringify(result)).not.toContain('SECRET-XYZ');
    expect((await store.read()).credentials).toBeNull();
  });

  it('an update based on an older generation is dropped: a disconnect cannot be undone', async () => {
    const store = freshStore();
    await store.replace(credentials);
    const before = await store.read();
    await store.clear();
    expect(await store.update(before.generation, (c) => ({ ...c, shopName: 'Test shop' }))).toBe(false);
    expect((await store.read()).credentials).toBeNull();
  });

  it('an update merges over what is stored now, not over an older copy (refreshed tokens survive)', async () => {
    const store = freshStore();
    await store.replace(credentials);
    const { generation } = await store.read();
    await store.update(generation, (c) => ({ ...c, accessToken: 'refreshed-by-a-poll' }));
    await store.update(generation, (c) => ({ ...c, shopName: 'Test shop' }));
    expect((await store.read()).credentials).toMatchObject({
      accessToken: 'refreshed-by-a-poll',
      shopName: 'Test shop',
    });
  });

  it('concurrent updates are serialised: none is lost', async () => {
    const store = freshStore();
    await store.replace(credentials);
    const { generation } = await store.read();
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((n) => store.update(generation, (c) => ({ ...c, shopName: `${c.shopName ?? ''}${n}` }))),
    );
    expect((await store.read()).credentials?.shopName?.split('').sort().join('')).toBe('abcd');
  });

  it('connecting again also bumps the generation (an older test cannot overwrite the new shop)', async () => {
    const store = freshStore();
    await store.replace(credentials);
    const old = await store.read();
    await store.replace({ ...credentials, appKey: 'other-app' });
    expect(await store.update(old.generation, (c) => ({ ...c, shopCipher: 'ROW_old' }))).toBe(false);
    expect((await store.read()).credentials).toMatchObject({ appKey: 'other-app', shopCipher: credentials.shopCipher });
  });
});

it('stores them encrypted with a non-extractable key: the raw row holds no secret', async () => {
  const name = `secrets-test-${crypto.randomUUID()}`;
  await credentialStore(name).replace(credentials);
  const raw = new Dexie(name);
  raw.version(1).stores({ credentials: 'id', keys: 'id' });
  await raw.open();
  const row = await raw.table('credentials').get('current');
  const text = new TextDecoder().decode(new Uint8Array(row.sealed.data));
  expect(text).not.toContain(credentials.appSecret);
  expect(JSON.stringify(row)).not.toContain(credentials.accessToken);
  const { key } = await raw.table('keys').get('key');
  expect(key.extractable).toBe(false);
  await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  raw.close();
});

describe('migration from storage.local (versions before the credential store)', () => {
  it('moves the stored credentials into the store and deletes them from storage.local', async () => {
    await fakeBrowser.storage.local.set({ credentials, locale: 'zh' });
    const store = freshStore();
    expect((await store.read()).credentials).toEqual({ ...credentials, region: 'GB' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ locale: 'zh' });
  });

  it('deletes even a corrupt copy (it is still a secret lying in reach of content scripts)', async () => {
    await fakeBrowser.storage.local.set({ credentials: { appKey: 'k', appSecret: 'SECRET-XYZ', accessToken: 42 } });
    const store = freshStore();
    expect((await store.read()).credentials).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

it('masks secrets for display, keeping the last four characters', () => {
  const masked = maskCredentials(credentialsSchema.parse(credentials));
  expect(masked.appSecret).toBe('••••4567');
  expect(masked.accessToken).toBe('••••alue');
  expect(masked.appKey).toBe(credentials.appKey);
});
