import type { SessionDocument } from '../../../shared/document/schema';
import type { SessionId } from '../../../shared/ids';
import { unwrapResult } from '../../../shared/api/unwrap';
import type { Result } from '../../../shared/result';
import type { MessageSocket } from '../../../shared/api/rpcClient';

/**
 * What `open-early.js` (index.html's first script) started before the app's scripts ran: the
 * call for the session in the address, and in browser mode the socket it went over, with the
 * frames that arrived before the app listened.
 */
interface OpenEarly {
  sessionId: string;
  /** The id the early call went out with, one the app's own calls never reach. */
  callId: number;
  /** The services' answer, or null when the early call could not be made (the app then asks itself). */
  result: Promise<Result<SessionDocument> | null>;
  socket?: WebSocket;
  takeFrames?(): string[];
}

declare global {
  interface Window {
    __roundtableOpenEarly?: OpenEarly;
  }
}

/**
 * The session asked for before the app started, once: a promise of it when `id` is the one the
 * address named (rejecting as the API would, with its error), else null. Null too when the early
 * call failed to go out, so the caller opens the session as usual.
 */
export function takeEarlySession(id: SessionId): Promise<SessionDocument | null> | null {
  const early = earlyOpen();
  if (!early || early.sessionId !== id || !early.result) return null;
  const result = early.result;
  early.result = undefined as never;
  return result.then((r) => (r === null ? null : (unwrapResult(r) as SessionDocument)));
}

/**
 * The socket the early call opened, if it is still usable, as a MessageSocket that first hands
 * each listener the frames that came before it listened (events from other windows, say).
 */
export function takeEarlySocket(): { socket: WebSocket; messages: MessageSocket } | null {
  const early = earlyOpen();
  const socket = early?.socket;
  if (!early || !socket || socket.readyState > WebSocket.OPEN) return null;
  early.socket = undefined;
  const waiting = early.takeFrames?.() ?? [];
  // The early call's answer is the whole session: open-early.js has parsed it, and no call of
  // the app's has its id, so the app's listeners are spared parsing it a second time.
  const answer = `{"kind":"result","id":${early.callId},`;
  const heard = new Map<(event: { data: unknown }) => void, (event: { data: unknown }) => void>();
  const messages: MessageSocket = {
    send: (data) => socket.send(data),
    addEventListener(type, listener) {
      const hear = (event: { data: unknown }) => {
        if (typeof event.data !== 'string' || !event.data.startsWith(answer)) listener(event);
      };
      heard.set(listener, hear);
      socket.addEventListener(type, hear);
      const replay = waiting.splice(0);
      if (replay.length > 0) queueMicrotask(() => replay.forEach((data) => listener({ data })));
    },
    removeEventListener(type, listener) {
      const hear = heard.get(listener);
      heard.delete(listener);
      if (hear) socket.removeEventListener(type, hear);
    },
  };
  return { socket, messages };
}

/** Outside a page (the workbench's own tests run in Node) there is none. */
function earlyOpen(): OpenEarly | undefined {
  return typeof window === 'undefined' ? undefined : window.__roundtableOpenEarly;
}
