/** What every replica logs and reports when its LTI_KEY_SECRET is not the one that sealed the keys. */
export const WRONG_KEY_SECRET_MESSAGE =
  'LTI_KEY_SECRET cannot decrypt the stored tool keys: this replica was started with a different secret';

/** A stored tool key that this replica cannot decrypt (a different LTI_KEY_SECRET, or a damaged row). */
export class ToolKeyUnreadableError extends Error {
  constructor(readonly kids: string[]) {
    super(`${WRONG_KEY_SECRET_MESSAGE} (kid ${kids.join(', ')})`);
    this.name = 'ToolKeyUnreadableError';
  }
}
