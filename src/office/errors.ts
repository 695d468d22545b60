/** Errors the pane shows as readable messages (Vietnamese first). */
export class UnsupportedHostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedHostError';
  }
}

/** The user's data changed since it was read: nothing was written. */
export class StaleDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaleDataError';
  }
}
