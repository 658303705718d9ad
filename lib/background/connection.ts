import { browser } from 'wxt/browser';
import type { ResponseOf } from '@/lib/messaging';
import type { RequestOf } from '@/lib/messaging';
import {
  connectionReasons,
  connectionStateSetting,
  credentialsSetting,
  type ConnectionState,
  type Credentials,
} from '@/lib/storage';
import {
  createTikTokClient,
  describeTikTokError,
  exchangeAuthCode,
  isTikTokApiError,
  type TikTokClient,
  type TikTokShop,
} from '@/lib/tiktok';

type ConnectionView = ResponseOf<'connection-status'>['connection'];
type ShopView = { id: string; name: string; region: string; cipher: string };

/** The Open API client over the stored credentials (read on every call, so a reconnect applies at once). */
export function clientFromStorage(
  appKey: string,
  options: { qps?: number; onQuarantine?: Parameters<typeof createTikTokClient>[0]['onQuarantine'] } = {},
): TikTokClient {
  return createTikTokClient({
    appKey,
    fetch: (url, init) => fetch(url, init as RequestInit) as never,
    now: () => Date.now(),
    ...(options.qps ? { qps: options.qps } : {}),
    ...(options.onQuarantine ? { onQuarantine: options.onQuarantine } : {}),
    getSecrets: async () => {
      const c = await credentialsSetting.getValue();
      if (!c) throw new Error('not connected');
      return {
        appSecret: c.appSecret,
        accessToken: c.accessToken,
        ...(c.refreshToken ? { refreshToken: c.refreshToken } : {}),
        ...(c.shopCipher ? { shopCipher: c.shopCipher } : {}),
      };
    },
    saveTokens: async (tokens) => {
      const c = await credentialsSetting.getValue();
      if (!c) return;
      await credentialsSetting.setValue({
        ...c,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAtMs,
        ...(tokens.refreshTokenExpiresAtMs ? { refreshTokenExpiresAt: tokens.refreshTokenExpiresAtMs } : {}),
      });
    },
  });
}

/** Connection state plus the non-secret shop facts, for the popup and options page. */
export async function readConnectionView(): Promise<ConnectionView> {
  const [state, credentials] = await Promise.all([connectionStateSetting.getValue(), credentialsSetting.getValue()]);
  if (!credentials) return { state: 'not-configured', reason: connectionReasons.notConfigured };
  return {
    ...state,
    ...(credentials.shopName ? { shopName: credentials.shopName } : {}),
    ...(credentials.region ? { region: credentials.region } : {}),
  };
}

function shopViews(shops: readonly TikTokShop[]): ShopView[] {
  return shops.map((s) => ({
    id: String(s.id ?? ''),
    name: String(s.name ?? ''),
    region: String(s.region ?? ''),
    cipher: String(s.cipher ?? ''),
  }));
}

/**
 * Calls the cheapest signed endpoint (authorized shops) and records the outcome as the connection state.
 * Picks the shop cipher when the seller did not give one (the shop of their region, else the first).
 */
export async function testConnection(): Promise<ResponseOf<'test-connection'>> {
  const credentials = await credentialsSetting.getValue();
  if (!credentials) return { connection: await readConnectionView(), shops: [] };
  const checkedAt = Date.now();
  try {
    const shops = await clientFromStorage(credentials.appKey).getAuthorizedShops();
    const views = shopViews(shops);
    const chosen =
      views.find((s) => s.cipher === credentials.shopCipher) ??
      views.find((s) => s.region === credentials.region) ??
      views[0];
    if (chosen) {
      const latest = (await credentialsSetting.getValue()) ?? credentials;
      await credentialsSetting.setValue({
        ...latest,
        shopCipher: chosen.cipher,
        shopId: chosen.id,
        shopName: chosen.name,
        region: chosen.region || latest.region,
      });
    }
    await connectionStateSetting.setValue({ state: 'ok', checkedAt });
    return { connection: await readConnectionView(), shops: views };
  } catch (error) {
    const state: ConnectionState = isTikTokApiError(error)
      ? {
          state: error.kind === 'auth' ? 'reconnect-needed' : 'error',
          reason: error.kind === 'auth' ? connectionReasons.reconnect : describeTikTokError(error),
          detail: `${error.kind}${error.code !== undefined ? ` ${error.code}` : ''}: ${error.message}`,
          checkedAt,
        }
      : {
          state: 'error',
          reason: { en: 'The connection test failed.', zh: '连接测试失败。' },
          detail: error instanceof Error ? error.message : String(error),
          checkedAt,
        };
    await connectionStateSetting.setValue(state);
    return { connection: await readConnectionView(), shops: [] };
  }
}

/** Saves the credentials from the options page (exchanging an authorization code when given), then tests them. */
export async function connectShop(input: RequestOf<'connect-shop'>): Promise<ResponseOf<'connect-shop'>> {
  let tokens: Pick<Credentials, 'accessToken' | 'refreshToken' | 'accessTokenExpiresAt' | 'refreshTokenExpiresAt'>;
  if (input.authCode) {
    try {
      const t = await exchangeAuthCode({
        appKey: input.appKey,
        appSecret: input.appSecret,
        authCode: input.authCode,
        fetch: (url, init) => fetch(url, init as RequestInit) as never,
      });
      tokens = {
        accessToken: t.accessToken,
        refreshToken: t.refreshToken,
        accessTokenExpiresAt: t.accessTokenExpiresAtMs,
        ...(t.refreshTokenExpiresAtMs ? { refreshTokenExpiresAt: t.refreshTokenExpiresAtMs } : {}),
      };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        connection: {
          state: 'error',
          reason: {
            en: 'The authorization code was not accepted (codes expire after 30 minutes and work once).',
            zh: '授权码未被接受（授权码 30 分钟内有效且只能使用一次）。',
          },
          detail,
        },
        shops: [],
      };
    }
  } else if (input.accessToken) {
    tokens = { accessToken: input.accessToken, ...(input.refreshToken ? { refreshToken: input.refreshToken } : {}) };
  } else {
    return {
      connection: {
        state: 'error',
        reason: { en: 'Enter an access token or an authorization code.', zh: '请填写访问令牌或授权码。' },
      },
      shops: [],
    };
  }
  const saved = await credentialsSetting.setValue({
    appKey: input.appKey,
    appSecret: input.appSecret,
    ...tokens,
    ...(input.shopCipher ? { shopCipher: input.shopCipher } : {}),
    ...(input.region ? { region: input.region.toUpperCase() } : {}),
  });
  if (!saved.ok)
    return {
      connection: {
        state: 'error',
        reason: { en: 'These credentials could not be saved.', zh: '无法保存这些凭证。' },
        detail: saved.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      },
      shops: [],
    };
  return testConnection();
}

/** Wipes every secret and the connection state; the poller goes idle. */
export async function disconnect(): Promise<ResponseOf<'disconnect'>> {
  await credentialsSetting.removeValue();
  await connectionStateSetting.removeValue();
  await browser.action.setBadgeText({ text: '' }).catch(() => undefined);
  return { connection: await readConnectionView() };
}
