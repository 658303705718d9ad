/**
 * lib/messaging — the zod-validated, sender-checked message protocol between content scripts, our
 * pages and the background, and the context client every surface reads the effective context with.
 */
export * from './protocol';
export { classifySender } from './sender';
export { MessagingError, sendMessage } from './send';
export { handleMessages, type Handlers } from './router';
export { getContext, onContextChange } from './context-client';
