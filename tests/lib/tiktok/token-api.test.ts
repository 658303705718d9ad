import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TikTokApiError, exchangeAuthCode, requestTokens, type FetchLike } from '@/lib/tiktok';
import { MOCK_AUTH_CODE, MOCK_CREDENTIALS, startMockApi, type MockApi } from '@/tools/mock-api';

let api: MockApi;
beforeAll(async () => {
  api = await startMockApi({ ordersPerMarket: 1 });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => api.control.reset());

const base = () => ({
  appKey: MOCK_CREDENTIALS.appKey,
  appSecret: MOCK_CREDENTIALS.appSecret,
  fetch: globalThis.fetch as FetchLike,
  tokenBaseUrl: api.url,
});

async function rejection(promise: Promise<unknown>): Promise<TikTokApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TikTokApiError);
  return error as TikTokApiError;
}

describe('exchangeAuthCode', () => {
  it('exchanges the authorization code for tokens with expiries in epoch ms', async () => {
    const tokens = await exchangeAuthCode({ ...base(), authCode: MOCK_AUTH_CODE });
    expect(tokens.accessToken).toMatch(/^ROW_/);
    expect(tokens.refreshToken).toBe(MOCK_CREDENTIALS.refreshToken);
    expect(Math.abs(tokens.accessTokenExpiresAtMs - (Date.now() + 7 * 86_400_000))).toBeLessThan(5_000);
    expect(tokens.grantedScopes?.length).toBeGreaterThan(0);
    const [request] = api.control.requests({ endpoint: 'token.get' });
    expect(request?.query).toMatchObject({ grant_type: 'authorized_code', auth_code: MOCK_AUTH_CODE });
  });

  it('a refused code → auth error asking to reconnect', async () => {
    expect(await rejection(exchangeAuthCode({ ...base(), authCode: 'used-or-wrong' }))).toMatchObject({
      kind: 'auth',
      reconnect: true,
      endpoint: 'token.get',
      code: 36009004,
    });
  });
});

describe('requestTokens (refresh)', () => {
  it('a network failure keeps its kind: worth retrying later, no reconnect', async () => {
    const error = await rejection(
      requestTokens({ ...base(), tokenBaseUrl: 'http://127.0.0.1:9', grant: { type: 'refresh', refreshToken: 'x' } }),
    );
    expect(error).toMatchObject({ kind: 'network', reconnect: false });
  });

  it('a 5xx keeps its kind', async () => {
    api.control.injectFault({ kind: 'server-error', status: 502 });
    expect(
      await rejection(
        requestTokens({ ...base(), grant: { type: 'refresh', refreshToken: MOCK_CREDENTIALS.refreshToken } }),
      ),
    ).toMatchObject({ kind: 'server', httpStatus: 502 });
  });

  it('malformed token data → reconnect naming the field', async () => {
    api.control.injectFault({ kind: 'wrong-shape', shape: 'not-envelope', pathIncludes: '/token/' });
    expect(
      await rejection(
        requestTokens({ ...base(), grant: { type: 'refresh', refreshToken: MOCK_CREDENTIALS.refreshToken } }),
      ),
    ).toMatchObject({ kind: 'auth', reconnect: true });
  });
});
