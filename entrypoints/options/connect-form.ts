/**
 * "Connect the shop" form → the `connect-shop` request. Secrets go straight into the message to the
 * background and are never kept, read back or shown (only the background holds credentials). Pure.
 */
import { MARKET_CODES } from '@/lib/carriers';
import type { RequestOf } from '@/lib/messaging';

export type TokenMode = 'tokens' | 'auth-code';

export interface ConnectDraft {
  mode: TokenMode;
  appKey: string;
  appSecret: string;
  accessToken: string;
  refreshToken: string;
  authCode: string;
  shopCipher: string;
  region: string;
}

export const EMPTY_CONNECT_DRAFT: ConnectDraft = {
  mode: 'tokens',
  appKey: '',
  appSecret: '',
  accessToken: '',
  refreshToken: '',
  authCode: '',
  shopCipher: '',
  region: '',
};

export type ConnectField = 'appKey' | 'appSecret' | 'accessToken' | 'authCode' | 'region';
export type ConnectErrorCode = 'required' | 'bad-region';
export interface ConnectError {
  field: ConnectField;
  code: ConnectErrorCode;
}

export type ConnectRequestResult =
  { ok: true; request: RequestOf<'connect-shop'> } | { ok: false; errors: ConnectError[] };

/** Regions the form offers: the markets the extension knows (the API writes UK as GB). */
export const REGION_CHOICES: readonly string[] = MARKET_CODES;

/**
 * Builds the `connect-shop` request: trimmed values, empty optional fields left out, and only the
 * token kind the seller chose (access + refresh token, or an authorization code to exchange).
 * Example: `connectRequestFromDraft({ ...EMPTY_CONNECT_DRAFT, appKey: 'k', appSecret: 's', accessToken: 't' })`
 * → `{ ok: true, request: { appKey: 'k', appSecret: 's', accessToken: 't' } }`.
 */
export function connectRequestFromDraft(draft: ConnectDraft): ConnectRequestResult {
  const value = (text: string) => text.trim();
  const errors: ConnectError[] = [];
  if (!value(draft.appKey)) errors.push({ field: 'appKey', code: 'required' });
  if (!value(draft.appSecret)) errors.push({ field: 'appSecret', code: 'required' });
  if (draft.mode === 'tokens' && !value(draft.accessToken)) errors.push({ field: 'accessToken', code: 'required' });
  if (draft.mode === 'auth-code' && !value(draft.authCode)) errors.push({ field: 'authCode', code: 'required' });
  const region = value(draft.region).toUpperCase();
  if (region && !/^[A-Z]{2,3}$/.test(region)) errors.push({ field: 'region', code: 'bad-region' });
  if (errors.length) return { ok: false, errors };

  const optional = (key: 'refreshToken' | 'shopCipher', text: string) => (value(text) ? { [key]: value(text) } : {});
  const request: RequestOf<'connect-shop'> = {
    appKey: value(draft.appKey),
    appSecret: value(draft.appSecret),
    ...(draft.mode === 'tokens'
      ? { accessToken: value(draft.accessToken), ...optional('refreshToken', draft.refreshToken) }
      : { authCode: value(draft.authCode) }),
    ...optional('shopCipher', draft.shopCipher),
    ...(region ? { region } : {}),
  };
  return { ok: true, request };
}

/**
 * The draft after a submit: every secret wiped (the page never keeps one), the non-secret shop
 * details left for the seller to correct. Example: `clearSecrets(d).appSecret === ''`.
 */
export function clearSecrets(draft: ConnectDraft): ConnectDraft {
  return { ...draft, appSecret: '', accessToken: '', refreshToken: '', authCode: '' };
}
