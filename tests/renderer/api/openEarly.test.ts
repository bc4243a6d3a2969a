import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlySocket } from '../../../renderer/src/api/openEarly';

// index.html's first script (open-early.js) asks for the launched session over a socket the app
// then takes over. The answer (the whole session, megabytes for a big board) is parsed there once;
// the app's own listeners on that socket hear every other frame, but not that one again.

const CALL_ID = 2147483647;

/** A socket as the browser's WebSocket delivers frames, with the listeners it holds. */
function fakeSocket() {
  const listeners = new Set<(event: { data: unknown }) => void>();
  return {
    readyState: 1,
    listeners,
    send: vi.fn(),
    addEventListener: (_type: string, l: (event: { data: unknown }) => void) => void listeners.add(l),
    removeEventListener: (_type: string, l: (event: { data: unknown }) => void) => void listeners.delete(l),
    deliver: (data: string) => listeners.forEach((l) => l({ data })),
  };
}

function launchedWith(socket: ReturnType<typeof fakeSocket>, frames: string[] = []) {
  vi.stubGlobal('WebSocket', { OPEN: 1 });
  vi.stubGlobal('window', {
    __roundtableOpenEarly: {
      sessionId: 'session:a',
      callId: CALL_ID,
      result: Promise.resolve(null),
      socket,
      takeFrames: () => frames.splice(0),
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the socket the early call opened, taken over by the app', () => {
  it('does not hand the app the early call’s answer, and hands it every other frame', async () => {
    const socket = fakeSocket();
    launchedWith(socket, ['{"kind":"event","event":{"type":"sessionsChanged"}}']);
    const taken = takeEarlySocket()!;
    const heard: unknown[] = [];
    const listener = (event: { data: unknown }) => heard.push(event.data);
    taken.messages.addEventListener('message', listener);
    await Promise.resolve();
    socket.deliver(`{"kind":"result","id":${CALL_ID},"result":{"ok":true,"value":{"notes":{}}}}`);
    socket.deliver('{"kind":"result","id":0,"result":{"ok":true,"value":[]}}');
    socket.deliver(`{"kind":"result","id":${CALL_ID}5,"result":{"ok":true,"value":1}}`);
    expect(heard).toEqual([
      '{"kind":"event","event":{"type":"sessionsChanged"}}',
      '{"kind":"result","id":0,"result":{"ok":true,"value":[]}}',
      `{"kind":"result","id":${CALL_ID}5,"result":{"ok":true,"value":1}}`,
    ]);
    taken.messages.removeEventListener('message', listener);
    expect(socket.listeners.size).toBe(0);
  });
});
