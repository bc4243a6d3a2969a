import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';
import { MAX_PARTICIPANT_MESSAGE_BYTES } from '../../../shared/room/protocol';
import { readStaticFile, resolveStaticFile } from '../http/staticFiles';
import { closeServer, listen, TIMEOUT_CHECK_INTERVAL_MS } from '../http/httpServer';

// The room's own small web server, on the one address the facilitator chose: it serves the
// participant page (participant.html and the assets it loads) and the WebSocket at /room,
// and nothing else: no facilitator page, no API, no file from the data folder. Every request
// must name this address and port in its Host header (so a DNS-rebinding page elsewhere
// cannot reach it), and every WebSocket must come from this origin.

/** Port tried first, so the address people type stays the same from one event to the next. */
export const PREFERRED_ROOM_PORT = 8421;
const PAGE = 'participant.html';
/** How long a phone's request may take to send its headers, and to arrive whole. */
export const ROOM_HEADERS_TIMEOUT_MS = 10_000;
const ROOM_REQUEST_TIMEOUT_MS = 15_000;

export interface RoomServer {
  port: number;
  origin: string;
  close(): Promise<void>;
  suspend(): Promise<void>;
}

export interface RoomServerOptions {
  address: string;
  rendererDir: string;
  /** A participant's socket, already checked for Host and Origin, with the address it came from. */
  onSocket(socket: WebSocket, remoteAddress: string): void;
  /** Ports to try in turn (the room's own from before a restart first); any free port if all are taken. */
  ports?: number[];
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const server = createServer({
    maxHeaderSize: 8 * 1024,
    requestTimeout: ROOM_REQUEST_TIMEOUT_MS,
    headersTimeout: ROOM_HEADERS_TIMEOUT_MS,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  });
  for (const port of [...(options.ports ?? []), PREFERRED_ROOM_PORT, 0]) {
    try {
      await listen(server, options.address, port);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    }
  }
  const port = (server.address() as AddressInfo).port;
  const host = options.address.includes(':') ? `[${options.address}]:${port}` : `${options.address}:${port}`;
  const origin = `http://${host}`;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_PARTICIPANT_MESSAGE_BYTES });

  server.on('request', (req, res) => void serve(req, res, host, options.rendererDir));
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const refusal =
      req.headers.host !== host
        ? 'Wrong host'
        : url.pathname !== '/room'
          ? 'Not found'
          : req.headers.origin !== origin
            ? 'Wrong origin'
            : null;
    if (refusal) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${refusal}`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => options.onSocket(ws, req.socket.remoteAddress ?? 'unknown'));
  });

  return {
    port,
    origin,
    close: () => closeServer(server, sockets),
    suspend: () => {
      // Going away, not closing: phones hear a restart (1012) and keep trying until the room is back.
      for (const ws of sockets.clients) ws.close(1012, 'The room is restarting');
      return closeServer(server, sockets);
    },
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, host: string, rendererDir: string): Promise<void> {
  const text = (status: number, message: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end(message);
  };
  if (req.headers.host !== host) return text(421, 'This room is reached at its own address only.');
  if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'Only GET and HEAD are served here.');
  const url = new URL(req.url ?? '/', `http://${host}`);
  // Only the participant page and the built assets it loads; never the facilitator's page.
  const wanted = url.pathname === '/' ? `/${PAGE}` : url.pathname;
  if (wanted !== `/${PAGE}` && !wanted.startsWith('/assets/')) return text(404, 'Not found');
  const file = await resolveStaticFile(rendererDir, wanted);
  if (!file || (wanted === `/${PAGE}` && path.basename(file) !== PAGE)) return text(404, 'Not found');
  const { body, contentType } = await readStaticFile(file);
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
