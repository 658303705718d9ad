/**
 * The token endpoints on the auth host (shared/reference/tiktok-open-api.md §1.2): GET, not signed,
 * `app_secret` in the query, same `{ code, message, request_id, data }` envelope as the Open API.
 */
import { TikTokApiError } from './errors';
import { TOKEN_API_BASE_URL } from './hosts';
import { sendHttp, type FetchLike } from './http';
import { envelopeSchema, tokenDataSchema, type TikTokTokenData } from './schemas';
import { formatIssuePath } from './parse-list';

/** Tokens as the extension stores them. Expiry times are converted from the API's unix seconds to epoch ms. */
export interface TikTokTokens {
  accessToken: string;
  refreshToken: string;
  /** `access_token_expire_in` × 1000 (the API gives a unix timestamp, not a duration). */
  accessTokenExpiresAtMs: number;
  refreshTokenExpiresAtMs?: number;
  sellerName?: string;
  sellerBaseRegion?: string;
  grantedScopes?: string[];
}

export type TokenGrant = { type: 'refresh'; refreshToken: string } | { type: 'code'; authCode: string };

export interface TokenRequest {
  appKey: string;
  appSecret: string;
  grant: TokenGrant;
  fetch: FetchLike;
  tokenBaseUrl?: string;
  timeoutMs?: number;
}

/**
 * Calls `/api/v2/token/refresh` (grant `refresh_token`) or `/api/v2/token/get` (grant `authorized_code`).
 * Network, timeout and 5xx failures keep their kind (worth retrying later); a refusal or a malformed
 * answer is `auth` with `reconnect: true`, since only the seller can fix it.
 * Example: `await requestTokens({ appKey, appSecret, grant: { type: 'refresh', refreshToken }, fetch })`
 * → `{ accessToken: 'ROW_…', refreshToken: 'ROW_…', accessTokenExpiresAtMs: 1_700_604_800_000 }`.
 */
export async function requestTokens(request: TokenRequest): Promise<TikTokTokens> {
  const isRefresh = request.grant.type === 'refresh';
  const endpoint = isRefresh ? 'token.refresh' : 'token.get';
  const query = new URLSearchParams({ app_key: request.appKey, app_secret: request.appSecret });
  if (request.grant.type === 'refresh') {
    query.set('refresh_token', request.grant.refreshToken);
    query.set('grant_type', 'refresh_token');
  } else {
    query.set('auth_code', request.grant.authCode);
    query.set('grant_type', 'authorized_code');
  }
  const url = `${request.tokenBaseUrl ?? TOKEN_API_BASE_URL}/api/v2/token/${isRefresh ? 'refresh' : 'get'}?${query.toString()}`;
  const outcome = await sendHttp(
    request.fetch,
    url,
    { method: 'GET', headers: { 'content-type': 'application/json' } },
    request.timeoutMs ?? 15_000,
  );

  if (outcome.type === 'timeout')
    throw new TikTokApiError({ kind: 'timeout', endpoint, message: 'The token endpoint did not answer in time' });
  if (outcome.type === 'network')
    throw new TikTokApiError({
      kind: 'network',
      endpoint,
      message: 'Could not reach the token endpoint',
      cause: outcome.cause,
    });
  if (outcome.status >= 500) {
    throw new TikTokApiError({
      kind: 'server',
      endpoint,
      httpStatus: outcome.status,
      message: `The token endpoint answered HTTP ${outcome.status}`,
    });
  }
  if (outcome.status === 429) {
    throw new TikTokApiError({
      kind: 'rate-limit',
      endpoint,
      httpStatus: 429,
      message: 'The token endpoint is rate limiting',
    });
  }
  const envelope = envelopeSchema.safeParse(safeJson(outcome.text));
  if (!envelope.success) {
    throw reconnectError(
      endpoint,
      outcome.status,
      'The token endpoint answered something that is not a TikTok envelope',
    );
  }
  const { code, message, request_id: requestId } = envelope.data;
  if (code !== 0) {
    throw new TikTokApiError({
      kind: 'auth',
      reconnect: true,
      endpoint,
      code,
      httpStatus: outcome.status,
      ...(requestId ? { requestId } : {}),
      message: `Token ${isRefresh ? 'refresh' : 'exchange'} refused: ${message ?? 'no message'}`,
    });
  }
  const data = tokenDataSchema.safeParse(envelope.data.data);
  if (!data.success) {
    const issue = data.error.issues[0];
    throw new TikTokApiError({
      kind: 'auth',
      reconnect: true,
      endpoint,
      httpStatus: outcome.status,
      fieldPath: formatIssuePath(['data', ...(issue?.path ?? [])]),
      message: `Token response is malformed: ${issue?.message ?? 'unknown issue'}`,
    });
  }
  return toTokens(data.data);
}

/**
 * Exchanges the one-time `code` from the authorization redirect (valid 30 minutes, §1.2) for tokens.
 * Example: `await exchangeAuthCode({ appKey, appSecret, authCode: 'abc', fetch })`.
 */
export function exchangeAuthCode(request: Omit<TokenRequest, 'grant'> & { authCode: string }): Promise<TikTokTokens> {
  const { authCode, ...rest } = request;
  return requestTokens({ ...rest, grant: { type: 'code', authCode } });
}

function toTokens(data: TikTokTokenData): TikTokTokens {
  const tokens: TikTokTokens = {
    accessToken: data.access_token,
    refreshToken: data.refresh_token,
    accessTokenExpiresAtMs: data.access_token_expire_in * 1000,
  };
  if (data.refresh_token_expire_in !== undefined) tokens.refreshTokenExpiresAtMs = data.refresh_token_expire_in * 1000;
  if (data.seller_name) tokens.sellerName = data.seller_name;
  if (data.seller_base_region) tokens.sellerBaseRegion = data.seller_base_region;
  const scopes = data.granted_scopes ?? data.granted_permissions;
  if (scopes) tokens.grantedScopes = scopes;
  return tokens;
}

function reconnectError(endpoint: string, httpStatus: number, message: string): TikTokApiError {
  return new TikTokApiError({ kind: 'auth', reconnect: true, endpoint, httpStatus, message });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
