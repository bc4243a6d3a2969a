import { fail, type Result } from '../result';
import type { ApiEvent, RoundtableApi } from './contract';
import { apiFromCalls } from './client';

// The calling side of the RPC protocol: no zod and no schemas, so the renderer's first chunk
// stays small. The answering side (serveApi, which checks every call) is in rpc.ts.

/**
 * A message channel between two ends, in the VS Code style: the API neither knows nor cares
 * whether it is a WebSocket, a worker or an in-memory pair. Messages are JSON-safe values.
 */
export interface Protocol {
  send(message: RpcMessage): void;
  onMessage(listener: (message: unknown) => void): () => void;
}

export type RpcMessage =
  | { kind: 'call'; id: number; method: string; args: unknown[] }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: ApiEvent }
  /** The answer to a message that is not a call at all (so has no id to answer to). */
  | { kind: 'rejected'; message: string };

/** The RoundtableApi as seen through `protocol`; `close()` fails every call still waiting. */
export function createApiClient(protocol: Protocol): RoundtableApi & { close(reason?: string): void } {
  let nextId = 0;
  let closedReason: string | null = null;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: ApiEvent) => void>();
  protocol.onMessage((raw) => {
    const message = raw as RpcMessage;
    if (message?.kind === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message?.kind === 'event') {
      for (const listener of listeners) listener(message.event);
    }
  });
  const api = apiFromCalls(
    (method, args) =>
      new Promise<Result<unknown>>((resolve) => {
        if (closedReason !== null) return resolve(fail('internal', closedReason));
        const id = nextId++;
        pending.set(id, resolve);
        protocol.send({ kind: 'call', id, method, args });
      }),
    {
      onEvent(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    },
  );
  return Object.assign(api, {
    close(reason = 'The connection to Roundtable’s services closed. Reload the page to reconnect.') {
      closedReason = reason;
      for (const settle of pending.values()) settle(fail('internal', reason));
      pending.clear();
    },
  });
}

/** Two connected in-memory ends that deliver asynchronously and copy every message, as a wire would. */
export function createProtocolPair(): [Protocol, Protocol] {
  const listeners: [Set<(m: unknown) => void>, Set<(m: unknown) => void>] = [new Set(), new Set()];
  const end = (mine: 0 | 1): Protocol => ({
    send(message) {
      const copy = JSON.parse(JSON.stringify(message));
      void Promise.resolve().then(() => listeners[1 - mine].forEach((l) => l(copy)));
    },
    onMessage(listener) {
      listeners[mine].add(listener);
      return () => listeners[mine].delete(listener);
    },
  });
  return [end(0), end(1)];
}

/** The least a socket must offer to carry the protocol; browser WebSocket and the `ws` package both do. */
export interface MessageSocket {
  send(data: string): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** A Protocol over a WebSocket-like object, one JSON text frame per message. */
export function socketProtocol(socket: MessageSocket): Protocol {
  return {
    send(message) {
      socket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      const onFrame = (event: { data: unknown }) => {
        if (typeof event.data !== 'string') return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(event.data);
        } catch {
          return; // A frame that is not JSON is ignored, never fatal.
        }
        listener(parsed);
      };
      socket.addEventListener('message', onFrame);
      return () => socket.removeEventListener('message', onFrame);
    },
  };
}
