import type { ResponseOf } from '@/lib/messaging';
import type { RequestOf } from '@/lib/messaging';
import {
  connectionReasons,
  connectionStateSetting,
  credentialStore,
  type ConnectionState,
  type CredentialSnapshot,
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

/**
 * Server time minus this computer's time, learnt when the platform refused a timestamp (lib/tiktok):
 * kept for the worker's life so every client after the first starts corrected.
 */
let clockOffsetMs = 0;

export interface ConnectedClient {
  client: TikTokClient;
  credentials: Credentials;
  /** The credential generation the client was built on; a disconnect or a new connection ends it. */
  generation: number;
}

function clientFor(
  snapshot: CredentialSnapshot & { credentials: Credentials },
  options: { qps?: number; onQuarantine?: Parameters<typeof createTikTokClient>[0]['onQuarantine'] } = {},
): TikTokClient {
  const store = credentialStore();
  return createTikTokClient({
    appKey: snapshot.credentials.appKey,
    fetch: (url, init) => fetch(url, init as RequestInit) as never,
    now: () => Date.now(),
    clockOffsetMs,
    onClockOffset: (ms) => {
      clockOffsetMs = ms;
    },
    ...(options.qps ? { qps: options.qps } : {}),
    ...(options.onQuarantine ? { onQuarantine: options.onQuarantine } : {}),
    // Read on every call: a token refreshed by another client applies at once, and a disconnect
    // (a new generation) stops this client's next request before it is signed.
    getSecrets: async () => {
      const { generation, credentials: c } = await store.read();
      if (!c || generation !== snapshot.generation) throw new Error('not connected');
      return {
        appSecret: c.appSecret,
        accessToken: c.accessToken,
        ...(c.refreshToken ? { refreshToken: c.refreshToken } : {}),
        ...(c.shopCipher ? { shopCipher: c.shopCipher } : {}),
      };
    },
    saveTokens: async (tokens) => {
      await store.update(snapshot.generation, (c) => ({
        ...c,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAtMs,
        ...(tokens.refreshTokenExpiresAtMs ? { refreshTokenExpiresAt: tokens.refreshTokenExpiresAtMs } : {}),
      }));
    },
  });
}

/** The Open API client over the stored credentials, or `undefined` when no shop is connected. */
export async function connectedClient(
  options: { qps?: number; onQuarantine?: Parameters<typeof createTikTokClient>[0]['onQuarantine'] } = {},
): Promise<ConnectedClient | undefined> {
  const snapshot = await credentialStore().read();
  if (!snapshot.credentials) return undefined;
  const current = { ...snapshot, credentials: snapshot.credentials };
  return { client: clientFor(current, options), credentials: current.credentials, generation: snapshot.generation };
}

/**
 * Writes a connection state on behalf of work started under `generation`, unless a disconnect or a new
 * connection happened since (checked again after the write, which is undone if one slipped in).
 */
export async function writeConnectionState(generation: number, state: ConnectionState): Promise<void> {
  const store = credentialStore();
  if ((await store.read()).generation !== generation) return;
  await connectionStateSetting.setValue(state);
  if ((await store.read()).generation !== generation) await connectionStateSetting.removeValue();
}

/** Connection state plus the non-secret shop facts, for the popup and options page. */
export async function readConnectionView(): Promise<ConnectionView> {
  const [state, { credentials }] = await Promise.all([connectionStateSetting.getValue(), credentialStore().read()]);
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
  const snapshot = await credentialStore().read();
  const credentials = snapshot.credentials;
  if (!credentials) return { connection: await readConnectionView(), shops: [] };
  const checkedAt = Date.now();
  try {
    const shops = await clientFor({ ...snapshot, credentials }).getAuthorizedShops();
    const views = shopViews(shops);
    const chosen =
      views.find((s) => s.cipher === credentials.shopCipher) ??
      views.find((s) => s.region === credentials.region) ??
      views[0];
    if (chosen) {
      // Merged over the credentials as stored now (a poll may have refreshed the tokens meanwhile),
      // and dropped if the shop was disconnected or connected again during the test.
      await credentialStore().update(snapshot.generation, (latest) => ({
        ...latest,
        shopCipher: chosen.cipher,
        shopId: chosen.id,
        shopName: chosen.name,
        region: chosen.region || latest.region,
      }));
    }
    await writeConnectionState(snapshot.generation, { state: 'ok', checkedAt });
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
    await writeConnectionState(snapshot.generation, state);
    return { connection: await readConnectionView(), shops: [] };
  }
}

/** Saves the credentials from the options page (exchanging an authorization code when given), then tests them. */
export async function connectShop(input: RequestOf<'connect-shop'>): Promise<ResponseOf<'connect-shop'>> {
  const { generation } = await credentialStore().read();
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
  // A new generation: a test or token refresh still running for the previous credentials writes nothing.
  const saved = await credentialStore().replace(
    {
      appKey: input.appKey,
      appSecret: input.appSecret,
      ...tokens,
      ...(input.shopCipher ? { shopCipher: input.shopCipher } : {}),
      ...(input.region ? { region: input.region.toUpperCase() } : {}),
    },
    generation,
  );
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
