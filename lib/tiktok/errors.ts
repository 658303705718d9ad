/**
 * Typed failures of the Open API client. Callers branch on `kind` (and `reconnect`), never on
 * message text (shared/reference/tiktok-open-api.md §3 for the codes).
 */
import type { Localized } from '@/lib/i18n';

/** `clock`: the platform refused our timestamp and the computer's clock is off (see `clockOffsetMs`). */
export type TikTokErrorKind = 'auth' | 'rate-limit' | 'server' | 'timeout' | 'network' | 'schema' | 'api' | 'clock';

/** Error codes the client treats specially (§3). */
export const TIKTOK_ERROR_CODES = {
  ok: 0,
  accessTokenExpired: 105002,
  scopeMissing: 105005,
  tokenInvalidForCall: 101000,
  invalidSign: 106001,
  shopCipherMissing: 106013,
  credentialOrParameter: 36009004,
  tooManyRequests: 36009002,
  requestTimeout: 36009007,
} as const;

/**
 * Codes after which only the seller can fix things: re-authorize, re-enter credentials or scopes.
 * (105002 joins them only once the one allowed refresh has failed.)
 */
export const RECONNECT_CODES: ReadonlySet<number> = new Set([
  TIKTOK_ERROR_CODES.credentialOrParameter,
  TIKTOK_ERROR_CODES.tokenInvalidForCall,
  TIKTOK_ERROR_CODES.scopeMissing,
]);

export interface TikTokApiErrorInit {
  kind: TikTokErrorKind;
  endpoint: string;
  message: string;
  code?: number;
  httpStatus?: number;
  requestId?: string;
  reconnect?: boolean;
  /** For `schema`: where the response did not match, e.g. `data.tracking`. */
  fieldPath?: string;
  attempts?: number;
  /** For `clock`: server time minus local time, estimated from the response `Date` header. */
  clockOffsetMs?: number;
  cause?: unknown;
}

export class TikTokApiError extends Error {
  readonly kind: TikTokErrorKind;
  readonly endpoint: string;
  readonly code: number | undefined;
  readonly httpStatus: number | undefined;
  readonly requestId: string | undefined;
  /** True when retrying cannot help: the seller must reconnect the shop in options. */
  readonly reconnect: boolean;
  readonly fieldPath: string | undefined;
  /** HTTP attempts made before giving up (retries included). */
  readonly attempts: number;
  readonly clockOffsetMs: number | undefined;

  constructor(init: TikTokApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'TikTokApiError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    this.reconnect = init.reconnect ?? false;
    this.fieldPath = init.fieldPath;
    this.attempts = init.attempts ?? 1;
    this.clockOffsetMs = init.clockOffsetMs;
  }
}

export function isTikTokApiError(value: unknown): value is TikTokApiError {
  return value instanceof TikTokApiError;
}

const KIND_TEXTS: Record<TikTokErrorKind, Localized> = {
  auth: {
    en: 'TikTok Shop rejected the connection. Reconnect the shop in the extension options.',
    zh: 'TikTok Shop 拒绝了连接。请在扩展选项中重新连接店铺。',
  },
  'rate-limit': {
    en: 'TikTok Shop is limiting requests (rate limit). The extension will try again later.',
    zh: 'TikTok Shop 正在限制请求频率，扩展稍后会重试。',
  },
  server: {
    en: 'TikTok Shop servers are unavailable right now. The extension will try again later.',
    zh: 'TikTok Shop 服务器暂时不可用，扩展稍后会重试。',
  },
  timeout: {
    en: 'TikTok Shop did not answer in time. The extension will try again later.',
    zh: 'TikTok Shop 响应超时，扩展稍后会重试。',
  },
  network: {
    en: 'No network connection to TikTok Shop.',
    zh: '无法通过网络连接到 TikTok Shop。',
  },
  schema: {
    en: 'TikTok Shop answered in an unexpected format; the affected data was skipped.',
    zh: 'TikTok Shop 返回的数据格式异常，相关数据已跳过。',
  },
  api: {
    en: 'TikTok Shop refused the request.',
    zh: 'TikTok Shop 拒绝了该请求。',
  },
  clock: {
    en: "TikTok Shop refused the request time: your computer's clock is wrong. Set the date and time to update automatically.",
    zh: 'TikTok Shop 拒绝了请求时间：您电脑的时钟不准。请将日期和时间设为自动同步。',
  },
};

/** "your computer's clock is off by 45 s (fast)": the seller can fix this, reconnecting would not help. */
function clockText(offsetMs: number): Localized {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  // offset = server − local: a negative offset means the local clock is ahead.
  const fast = offsetMs < 0;
  return {
    en: `TikTok Shop refused the request time: your computer's clock is off by ${seconds} s (${fast ? 'fast' : 'slow'}). Set the date and time to update automatically, then try again.`,
    zh: `TikTok Shop 拒绝了请求时间：您电脑的时钟偏差 ${seconds} 秒（${fast ? '偏快' : '偏慢'}）。请将日期和时间设为自动同步后重试。`,
  };
}

/**
 * Seller-facing text for an error, in both languages, with the platform code and field when known.
 * Example: an expired, unrefreshable token → `{ en: 'TikTok Shop rejected the connection. Reconnect … (code 105002)', zh: '… (错误码 105002)' }`.
 */
export function describeTikTokError(error: TikTokApiError): Localized {
  const base =
    error.kind === 'clock' && error.clockOffsetMs !== undefined
      ? clockText(error.clockOffsetMs)
      : KIND_TEXTS[error.kind];
  const details: Array<[string, string]> = [];
  if (error.code !== undefined) details.push([`code ${error.code}`, `错误码 ${error.code}`]);
  if (error.fieldPath) details.push([`field ${error.fieldPath}`, `字段 ${error.fieldPath}`]);
  if (details.length === 0) return { ...base };
  return {
    en: `${base.en} (${details.map((d) => d[0]).join(', ')})`,
    zh: `${base.zh}（${details.map((d) => d[1]).join('，')}）`,
  };
}
