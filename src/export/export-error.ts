/** Why an export could not be made; the dialogs show the message. (Its own file: the dialogs must not pull in three.js.) */
export class ExportError extends Error {
  constructor(readonly kind: 'context-lost' | 'buffer-size' | 'no-scene' | 'cancelled' | 'no-encoder', message: string) {
    super(message);
  }
}
