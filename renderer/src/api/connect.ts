import { createApiClient, socketProtocol } from '../../../shared/api/rpcClient';
import { apiOverBridge } from '../../../shared/api/client';
import type { RoundtableApi, RoundtableBridge } from '../../../shared/api/contract';
import { takeEarlySocket } from './openEarly';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    roundtable?: RoundtableBridge;
  }
}

export interface Connection {
  api: RoundtableApi;
  /** Resolves when the services can be called; rejects with a message for people if they cannot. */
  ready: Promise<void>;
  /** Called once if the connection drops after it was ready. */
  onLost(listener: (message: string) => void): void;
}

/**
 * The services, however this renderer is hosted: the preload's API inside Electron, or a
 * WebSocket to the local server in browser mode (authorised by the cookie the server set
 * when the page was opened with its token). The socket index.html's first script opened to ask
 * for the session in the address early is taken over when it is still usable.
 */
export function connectToServices(): Connection {
  if (window.roundtable) {
    return { api: apiOverBridge(window.roundtable), ready: Promise.resolve(), onLost: () => {} };
  }
  const early = takeEarlySocket();
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = early?.socket ?? new WebSocket(`${scheme}://${location.host}/api`);
  const client = createApiClient(socketProtocol(early?.messages ?? socket));
  const lostListeners: ((message: string) => void)[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    if (socket.readyState === WebSocket.OPEN) resolve();
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () =>
      reject(new Error('Could not reach Roundtable’s local server. Check it is still running, then reload this page.')),
    );
  });
  socket.addEventListener('close', () => {
    const message =
      'Lost the connection to Roundtable’s local server. Your saved work is safe; restart it and reload this page.';
    client.close(message);
    lostListeners.forEach((l) => l(message));
  });
  return { api: client, ready, onLost: (l) => void lostListeners.push(l) };
}
