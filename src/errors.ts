/**
 * The few error kinds Straddle raises. Adapters map them once: the CLI's
 * top-level catch to exit codes, the server's error handler to HTTP status.
 *
 * @example
 *   throw new NotFoundError(`no resolution matches "ES-11/99"`);
 */
export abstract class StraddleError extends Error {
  abstract readonly exitCode: number;
  abstract readonly httpStatus: number;
  abstract readonly code: string;
}

/** Bad arguments or options: exit 1, HTTP 400. */
export class UsageError extends StraddleError {
  readonly exitCode = 1;
  readonly httpStatus = 400;
  readonly code = 'usage';
}

/** An unknown country, symbol or dataset: exit 1, HTTP 404. */
export class NotFoundError extends StraddleError {
  readonly exitCode = 1;
  readonly httpStatus = 404;
  readonly code = 'not_found';
}

/** Input data or a store that cannot be read as expected: exit 2, HTTP 422. */
export class DataError extends StraddleError {
  readonly exitCode = 2;
  readonly httpStatus = 422;
  readonly code = 'bad_data';
}

/** A download or remote listing that failed: exit 2, HTTP 502. */
export class RemoteError extends StraddleError {
  readonly exitCode = 2;
  readonly httpStatus = 502;
  readonly code = 'remote';
}

/**
 * The store or the server cannot take the request now (a write lock held by
 * another import, every check worker busy, a check over its time budget):
 * exit 3, HTTP 503. Trying again later may succeed.
 */
export class BusyError extends StraddleError {
  readonly exitCode = 3;
  readonly httpStatus = 503;
  readonly code = 'busy';
}

/** A typed error by its code, as a worker thread sends it back (classes do not cross threads). */
export function errorFromCode(code: string, message: string): Error {
  switch (code) {
    case 'usage':
      return new UsageError(message);
    case 'not_found':
      return new NotFoundError(message);
    case 'bad_data':
      return new DataError(message);
    case 'remote':
      return new RemoteError(message);
    case 'busy':
      return new BusyError(message);
    default:
      return new Error(message);
  }
}
