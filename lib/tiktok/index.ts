/**
 * lib/tiktok — TikTok Shop Open API (202309): signing, response schemas with the real field names,
 * typed errors, pacing, and the client the background worker uses.
 */
export { OPEN_API_BASE_URL, TOKEN_API_BASE_URL } from './hosts';
export { signRequest, buildStringToSign, type SignRequestInput, type QueryValue } from './sign-request';
export {
  createTikTokClient,
  type TikTokClient,
  type TikTokClientConfig,
  type TikTokSecrets,
  type SearchOrdersParams,
  type SearchPackagesParams,
  type OrderPage,
  type PackagePage,
} from './client';
export { requestTokens, exchangeAuthCode, type TikTokTokens, type TokenGrant, type TokenRequest } from './token-api';
export {
  TikTokApiError,
  isTikTokApiError,
  describeTikTokError,
  type TikTokErrorKind,
  type TikTokApiErrorInit,
} from './errors';
export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from './rate-limiter';
export { parseListItems, formatIssuePath, type QuarantinedItem, type QuarantineHandler } from './parse-list';
export { type FetchLike, type FetchInitLike, type FetchResponseLike, type HttpOutcome } from './http';
export * from './schemas';
