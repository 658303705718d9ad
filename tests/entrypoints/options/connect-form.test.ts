import { describe, expect, it } from 'vitest';
import { protocol } from '@/lib/messaging';
import { clearSecrets, connectRequestFromDraft, EMPTY_CONNECT_DRAFT } from '@/entrypoints/options/connect-form';

const filled = {
  ...EMPTY_CONNECT_DRAFT,
  appKey: ' key ',
  appSecret: 'secret',
  accessToken: 'token',
  refreshToken: '',
  shopCipher: '',
  region: 'gb',
};

describe('connectRequestFromDraft', () => {
  it('trims values, leaves out empty optional fields and upper-cases the region', () => {
    const result = connectRequestFromDraft(filled);
    expect(result).toEqual({
      ok: true,
      request: { appKey: 'key', appSecret: 'secret', accessToken: 'token', region: 'GB' },
    });
    if (result.ok) expect(protocol['connect-shop'].request.safeParse(result.request).success).toBe(true);
  });
  it('sends only the authorization code in code mode, never a stale token typed before switching', () => {
    const result = connectRequestFromDraft({ ...filled, mode: 'auth-code', authCode: 'code-1', refreshToken: 'r' });
    expect(result).toEqual({
      ok: true,
      request: { appKey: 'key', appSecret: 'secret', authCode: 'code-1', region: 'GB' },
    });
  });
  it('lists every missing field', () => {
    expect(connectRequestFromDraft(EMPTY_CONNECT_DRAFT)).toEqual({
      ok: false,
      errors: [
        { field: 'appKey', code: 'required' },
        { field: 'appSecret', code: 'required' },
        { field: 'accessToken', code: 'required' },
      ],
    });
    expect(connectRequestFromDraft({ ...filled, mode: 'auth-code' })).toEqual({
      ok: false,
      errors: [{ field: 'authCode', code: 'required' }],
    });
  });
  it('refuses a region that is not a 2–3 letter code', () => {
    expect(connectRequestFromDraft({ ...filled, region: 'U.S.' })).toEqual({
      ok: false,
      errors: [{ field: 'region', code: 'bad-region' }],
    });
  });
});

describe('clearSecrets', () => {
  it('wipes every secret and keeps the non-secret shop details', () => {
    const cleared = clearSecrets({ ...filled, refreshToken: 'r', authCode: 'c', shopCipher: 'cipher' });
    expect(cleared).toEqual({
      ...filled,
      appSecret: '',
      accessToken: '',
      refreshToken: '',
      authCode: '',
      shopCipher: 'cipher',
    });
  });
});
