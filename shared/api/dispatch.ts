import type { z } from 'zod';
import { ApiError, fail, ok, type Result } from '../result';
import { parseWith } from '../validation';
import { API_CALL_LIMITS, checkInputShape } from '../inputLimits';
import { API_ARGUMENTS, type ApiHandlers, type ApiMethod, type CallContext } from './contract';

/** Methods that carry a whole file's text as one string: their own parsers check it in full, so only the message size bounds it here. */
const FILE_TEXT_METHODS: ReadonlySet<ApiMethod> = new Set([
  'importSessionExport',
  'planTableMerge',
  'addSynthesisFiles',
  'reportToPdf',
]);

/**
 * Runs one call that arrived from outside: checks the method exists and its arguments
 * pass the contract's schema, then calls the handler. Always resolves, with a Result.
 */
export async function dispatchCall(
  handlers: ApiHandlers,
  method: unknown,
  args: unknown,
  ctx: CallContext,
): Promise<Result<unknown>> {
  if (typeof method !== 'string' || !Object.hasOwn(API_ARGUMENTS, method)) {
    const named =
      typeof method === 'string' ? `"${method.slice(0, 40)}"` : `A ${method === null ? 'null' : typeof method}`;
    return fail('invalid-input', `${named} is not a Roundtable API method.`);
  }
  const name = method as ApiMethod;
  // Shape first (depth, sizes, prototype keys), so the schema never walks something hostile.
  const limits = FILE_TEXT_METHODS.has(name)
    ? { ...API_CALL_LIMITS, stringLength: API_CALL_LIMITS.bytes }
    : API_CALL_LIMITS;
  const shape = checkInputShape(args, limits, `The arguments of ${name}`);
  if (!shape.ok) return shape;
  const schema = API_ARGUMENTS[name] as z.ZodType<unknown[]>;
  const parsed = parseWith(schema, args, `The arguments of ${name}`);
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[name] as (ctx: CallContext, ...a: unknown[]) => Promise<unknown>;
    return ok(await handler.call(handlers, ctx, ...(parsed.value as unknown[])));
  } catch (error) {
    if (error instanceof ApiError) return fail(error.code, error.message);
    return fail(
      'internal',
      `Roundtable hit an unexpected problem in ${name}: ${(error as Error)?.message ?? String(error)}`,
    );
  }
}

/** Turns a Result back into a value or a thrown ApiError, on the calling side. */
export function unwrapResult<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
