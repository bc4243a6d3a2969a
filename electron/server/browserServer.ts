import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { serveApi, type Protocol } from '../../shared/api/rpc';
import { fail } from '../../shared/result';
import { checkNoRepeatedKeys } from '../../shared/strictJson';
import type { ApiServer } from '../../shared/api/contract';
import { AccessControl } from './accessControl';
import { API_CALL_LIMITS } from '../../shared/inputLimits';
import { resolveStaticFile } from '../services/http/staticFiles';
import { closeServer, listen } from '../services/http/httpServer';
import { acceptSockets, createPageServer, sendFile, sendText, serveRequests } from '../services/http/pageServer';

/** The largest WebSocket message accepted: room for a whole session (a restore), not for abuse. */
export const MAX_MESSAGE_BYTES = API_CALL_LIMITS.bytes;
/** The most header bytes a request may carry (Node answers 431 past it). */
export const MAX_HEADER_BYTES = 16 * 1024;
/** How long a request may take to send its headers, and to arrive whole. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
const API_PATH = '/api';

export interface BrowserModeServer {
  /** The address to open, with the access token. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface BrowserModeOptions {
  /** The services as a transport serves them: the dispatcher and the events. */
  services: ApiServer;
  rendererDir: string;
  port: number;
  /** 127.0.0.1 unless told otherwise: browser mode is for this machine only. */
  host?: string;
}

/** Serves the built renderer and the API (over a WebSocket at /api) on one local port. */
export async function startBrowserModeServer(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createPageServer({
    maxHeaderBytes: MAX_HEADER_BYTES,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    headersTimeoutMs: HEADERS_TIMEOUT_MS,
  });
  await listen(server, host, options.port);
  const port = (server.address() as AddressInfo).port;
  const access = new AccessControl(port);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  serveRequests(server, (req, res, url) => servePage(req, res, url, access, options.rendererDir));
  acceptSockets(
    server,
    sockets,
    (req, url) => (url.pathname === API_PATH ? access.refusal(req, url, true) : { status: 404, message: 'Not found' }),
    (ws) => connectClient(ws, options.services),
  );

  return {
    url: `http://127.0.0.1:${port}/?token=${access.token}`,
    port,
    close: () => closeServer(server, sockets),
  };
}

function connectClient(ws: WebSocket, services: ApiServer): void {
  const stop = serveApi(strictFrames(ws), services, { clientId: randomUUID() });
  ws.on('close', stop);
  ws.on('error', () => ws.terminate());
}

/**
 * The API's protocol over one socket, reading each frame once. Frames that are not a JSON
 * text, or that repeat a key within one object, are answered here and go no further: the
 * services never see a call that another reader could take to mean something else.
 */
function strictFrames(ws: WebSocket): Protocol {
  const reject = (message: string) => ws.send(JSON.stringify({ kind: 'rejected', message }));
  return {
    send: (message) => ws.send(JSON.stringify(message)),
    onMessage(listener) {
      const onFrame = (data: RawData, isBinary: boolean) => {
        if (isBinary) return reject('Binary messages are not accepted: send each call as JSON text.');
        const text = data.toString();
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          return reject('That message is not JSON: send each call as a JSON object with kind, id, method and args.');
        }
        const repeats = checkNoRepeatedKeys(text, value, 'That message');
        if (!repeats.ok) {
          const { message } = repeats.error;
          const id = (value as { id?: unknown } | null)?.id;
          if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0)
            return ws.send(JSON.stringify({ kind: 'result', id, result: fail('invalid-input', message) }));
          return reject(message);
        }
        listener(value);
      };
      ws.on('message', onFrame);
      return () => void ws.off('message', onFrame);
    },
  };
}

/** The built renderer, to a page opened with the token (or carrying the cookie it set). */
async function servePage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  access: AccessControl,
  rendererDir: string,
): Promise<void> {
  const refusal = access.refusal(req, url, false);
  if (refusal) return sendText(res, refusal.status, refusal.message);
  const file = await resolveStaticFile(rendererDir, url.pathname);
  if (!file) return sendText(res, 404, 'Not found');
  // A page opened with the token passes it on to its assets and socket through this cookie.
  await sendFile(req, res, file, { 'Set-Cookie': access.cookieHeader() });
}
