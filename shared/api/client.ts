import type { Result } from '../result';
import type { ApiEvents, ApiMethod, RoundtableApi, RoundtableBridge } from './contract';
import { API_METHOD_NAMES } from './methodNames';
import { unwrapResult } from './unwrap';

/**
 * The RoundtableApi over any way of making a call that answers with a Result: every method
 * resolves with the value, or rejects with an ApiError carrying the code and message. The
 * WebSocket client and the Electron preload's bridge both go through here, so a failed call
 * throws the same ApiError whichever carried it.
 */
export function apiFromCalls(
  call: (method: ApiMethod, args: unknown[]) => Promise<Result<unknown>>,
  events: ApiEvents,
): RoundtableApi {
  const api: Record<string, unknown> = {
    onEvent: (listener: Parameters<ApiEvents['onEvent']>[0]) => events.onEvent(listener),
  };
  for (const method of API_METHOD_NAMES)
    api[method] = async (...args: unknown[]) => unwrapResult(await call(method, args));
  return api as unknown as RoundtableApi;
}

/** The API through the Electron preload's bridge (`window.roundtable`). */
export function apiOverBridge(bridge: RoundtableBridge): RoundtableApi {
  return apiFromCalls(
    (method, args) => (bridge[method] as (...a: unknown[]) => Promise<Result<unknown>>)(...args),
    bridge,
  );
}
