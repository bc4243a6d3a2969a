/** An error that crosses a layer or a transport as a value, never as a thrown object. */
export interface AppError {
  /** Stable machine-readable code, e.g. `not-found`, `invalid-input`. */
  code: ErrorCode;
  /** What went wrong and what to do, for a person to read. */
  message: string;
}

export type ErrorCode =
  'invalid-input' | 'not-found' | 'conflict' | 'unsupported-version' | 'storage-failed' | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error code and message as a failed result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Thrown by API clients when a call comes back failed, carrying the same code and message. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }
}
