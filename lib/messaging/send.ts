import { browser } from 'wxt/browser';
import { protocol, replySchema, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export class MessagingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

/** Sends a typed request to the background and parses its typed reply. Rejects with MessagingError. */
export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const def = protocol[type];
  const request = def.request.parse(payload);
  const raw: unknown = await browser.runtime.sendMessage({ lml: 1, type, payload: request });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessagingError('bad-reply', `No valid reply to "${type}"`);
  if (!reply.data.ok) throw new MessagingError(reply.data.error.code, reply.data.error.message);
  const data = def.response.safeParse(reply.data.data);
  if (!data.success) throw new MessagingError('bad-reply', `Reply to "${type}" does not match its schema`);
  return data.data as ResponseOf<T>;
}
