/**
 * TikTok Shop Open API hosts (shared/reference/tiktok-open-api.md §1.1–1.2).
 * The token host is needed for the documented access-token refresh.
 */
export const OPEN_API_BASE_URL = 'https://open-api.tiktokglobalshop.com';
export const TOKEN_API_BASE_URL = 'https://auth.tiktok-shops.com';
export const OPEN_API_HOST_PERMISSIONS: readonly string[] = [`${OPEN_API_BASE_URL}/*`, `${TOKEN_API_BASE_URL}/*`];
