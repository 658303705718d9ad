import { z } from 'zod';

/**
 * Every message between content scripts, UI pages and the background, one zod schema each way.
 * `from` says who may send it: 'page' = the Seller Center content script, 'ui' = our own extension pages.
 * Secrets never travel in a message a content script may receive.
 */
export const protocol = {
  ping: {
    from: ['page', 'ui'],
    request: z.object({}),
    response: z.object({ pong: z.literal(true), version: z.string() }),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;
export type SenderKind = 'page' | 'ui';

export const envelopeSchema = z.object({
  lml: z.literal(1),
  type: z.string(),
  payload: z.unknown(),
});

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
