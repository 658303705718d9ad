import { browser } from 'wxt/browser';
import { MessagingError } from './messaging-error';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

/**
 * `sendMessage` for the Seller Center content script, without zod in the page (issue #11): the zod
 * protocol costs ~95 kB of script and its schemas are built when the module loads, on every Seller
 * Center page. The background's `handleMessages` still parses every request with the protocol's schema
 * and its own answer with the response schema before replying, so nothing unvalidated crosses the
 * boundary either way; here the reply envelope is checked by hand.
 * Example: `await sendMessage('get-context', {})` → `{ localePreference: 'auto', printer: { dpi: 203, … }, … }`.
 */
export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ lml: 1, type, payload });
  if (!isRecord(raw) || typeof raw.ok !== 'boolean')
    throw new MessagingError('bad-reply', `No valid reply to "${type}"`);
  if (raw.ok) return raw.data as ResponseOf<T>;
  const error = isRecord(raw.error) ? raw.error : {};
  throw new MessagingError(
    typeof error.code === 'string' ? error.code : 'bad-reply',
    typeof error.message === 'string' ? error.message : `No valid reply to "${type}"`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
