/** Errors carry a code and say which stage they came from. */

export class WirewatchError extends Error {
  /** Machine-readable code, e.g. `timeout`, `not_a_feed`, `invalid_term`. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'WirewatchError';
  }
}

/** An error whose message is fit to show in a chat channel (commands). */
export class UserError extends WirewatchError {
  constructor(message: string, code = 'user_error') {
    super(code, message);
    this.name = 'UserError';
  }
}
