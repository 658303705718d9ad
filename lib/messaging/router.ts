import { browser } from 'wxt/browser';
import type { z } from 'zod';
import {
  envelopeSchema,
  protocol,
  type MessageType,
  type Protocol,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import { createRateLimiter, type RateLimit } from './rate-limit';
import { classifySender } from './sender';

export type Handlers = {
  [T in MessageType]?: (
    payload: z.output<Protocol[T]['request']>,
    from: SenderKind,
    tabId?: number,
  ) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Routes incoming messages to handlers after checking the envelope, the sender and the payload.
 * Returns the listener so callers can remove it. Unknown, unauthorised or malformed messages get an
 * `{ ok: false }` reply with a code; handler errors are reported, never thrown into the caller.
 */
export function handleMessages(handlers: Handlers) {
  const extensionId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  const limiter = createRateLimiter();
  const listener = (raw: unknown, sender: { id?: string; url?: string; tab?: { id?: number; url?: string } }) => {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return undefined; // not ours: let other listeners answer
    return dispatch(envelope.data.type, envelope.data.payload, sender);
  };
  // No await before the handler call: the handler must start inside the message event, where Chrome
  // still carries the user gesture of the click that sent it (sidePanel.open needs it).
  async function dispatch(
    type: string,
    payload: unknown,
    sender: { id?: string; url?: string; tab?: { id?: number; url?: string } },
  ) {
    const from = classifySender(sender, extensionId, origin);
    if (!from) return fail('forbidden', 'Sender is not trusted');
    if (!(type in protocol)) return fail('unknown-type', `Unknown message "${type}"`);
    const def = protocol[type as MessageType];
    if (!(def.from as readonly string[]).includes(from))
      return fail('forbidden', `"${type}" may not be sent from ${from}`);
    const handler = handlers[type as MessageType] as
      ((p: unknown, f: SenderKind, tabId?: number) => unknown) | undefined;
    if (!handler) return fail('unhandled', `No handler for "${type}"`);
    const parsed = def.request.safeParse(payload);
    if (!parsed.success)
      return fail('bad-request', `Invalid "${type}" payload: ${parsed.error.issues[0]?.message ?? ''}`);
    const limit = 'rateLimit' in def ? (def.rateLimit as RateLimit) : undefined;
    if (limit && from === 'page' && !limiter.allow(`${type}:${sender.tab?.id ?? 'no-tab'}`, limit))
      return fail('rate-limited', `Too many "${type}" messages from this tab`);
    try {
      const data = await handler(parsed.data, from, sender.tab?.id);
      return { ok: true as const, data: def.response.parse(data) };
    } catch (error) {
      return fail('handler-failed', error instanceof Error ? error.message : String(error));
    }
  }
  browser.runtime.onMessage.addListener(listener as never);
  return listener;
}

function fail(code: string, message: string) {
  return { ok: false as const, error: { code, message } };
}
