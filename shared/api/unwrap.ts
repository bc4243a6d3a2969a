import { ApiError, type Result } from '../result';

/** Turns a Result back into a value or a thrown ApiError, on the calling side (both transports). */
export function unwrapResult<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
