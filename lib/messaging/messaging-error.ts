/** A message that got no valid answer: `code` says why (`bad-reply`, `forbidden`, a handler's failure …). */
export class MessagingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}
