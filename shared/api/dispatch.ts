import type { z } from 'zod';
import { ApiError, fail, ok, type Result } from '../result';
import { parseWith } from '../validation';
import { API_CALL_LIMITS, checkInputShape } from '../inputLimits';
import { API, isApiMethod, type ApiHandlers, type CallContext, type Dispatcher } from './contract';

/**
 * The one dispatcher, run by both transports: checks the method exists and its arguments pass
 * its definition's schema (after a shape check: depth, sizes, prototype keys), then calls the
 * handler. Always resolves, with a Result; a handler's ApiError keeps its code, anything else
 * thrown is `internal` with the method named.
 */
export function createDispatcher(handlers: ApiHandlers): Dispatcher {
  return async (method: unknown, args: unknown, ctx: CallContext): Promise<Result<unknown>> => {
    if (!isApiMethod(method)) {
      const named =
        typeof method === 'string' ? `"${method.slice(0, 40)}"` : `A ${method === null ? 'null' : typeof method}`;
      return fail('invalid-input', `${named} is not a Roundtable API method.`);
    }
    const definition = API[method];
    // Shape first, so the schema never walks something hostile.
    const limits =
      'carriesFileText' in definition && definition.carriesFileText
        ? { ...API_CALL_LIMITS, stringLength: API_CALL_LIMITS.bytes }
        : API_CALL_LIMITS;
    const shape = checkInputShape(args, limits, `The arguments of ${method}`);
    if (!shape.ok) return shape;
    const parsed = parseWith(definition.args as z.ZodType<unknown[]>, args, `The arguments of ${method}`);
    if (!parsed.ok) return parsed;
    try {
      const handler = handlers[method] as (ctx: CallContext, ...a: unknown[]) => Promise<unknown>;
      return ok(await handler.call(handlers, ctx, ...(parsed.value as unknown[])));
    } catch (error) {
      if (error instanceof ApiError) return fail(error.code, error.message);
      return fail(
        'internal',
        `Roundtable hit an unexpected problem in ${method}: ${(error as Error)?.message ?? String(error)}`,
      );
    }
  };
}

export { unwrapResult } from './unwrap';
