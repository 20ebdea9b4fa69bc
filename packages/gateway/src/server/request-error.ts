/**
 * An error whose status and detail were written by the gateway for the caller, so the error handler may
 * show them. Any other error is answered with a bare 500.
 * @module
 */

/** A refusal with a caller-safe detail and a stable `code`. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly statusCode: number,
    readonly detail: string,
    readonly code: string,
  ) {
    super(detail);
  }
}
