import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_PARTICIPANT_MESSAGE_BYTES } from '../../../shared/room/protocol';
import { resolveStaticFile } from '../http/staticFiles';
import { closeServer, listen } from '../http/httpServer';
import { acceptSockets, createPageServer, sendFile, sendText, serveRequests, type Refusal } from '../http/pageServer';

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
  const server = createPageServer({
    maxHeaderBytes: 8 * 1024,
    requestTimeoutMs: ROOM_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: ROOM_HEADERS_TIMEOUT_MS,
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

  serveRequests(server, (req, res, url) => serve(req, res, url, host, options.rendererDir));
  acceptSockets(
    server,
    sockets,
    (req, url) => socketRefusal(req, url, host, origin),
    (ws, req) => options.onSocket(ws, req.socket.remoteAddress ?? 'unknown'),
  );

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

/** Only this room's own socket, from its own page. */
function socketRefusal(req: IncomingMessage, url: URL, host: string, origin: string): Refusal | null {
  if (req.headers.host !== host) return { status: 403, message: 'Wrong host' };
  if (url.pathname !== '/room') return { status: 403, message: 'Not found' };
  if (req.headers.origin !== origin) return { status: 403, message: 'Wrong origin' };
  return null;
}

async function serve(req: IncomingMessage, res: ServerResponse, url: URL, host: string, rendererDir: string) {
  if (req.headers.host !== host) return sendText(res, 421, 'This room is reached at its own address only.');
  // Only the participant page and the built assets it loads; never the facilitator's page.
  const wanted = url.pathname === '/' ? `/${PAGE}` : url.pathname;
  if (wanted !== `/${PAGE}` && !wanted.startsWith('/assets/')) return sendText(res, 404, 'Not found');
  const file = await resolveStaticFile(rendererDir, wanted);
  if (!file || (wanted === `/${PAGE}` && path.basename(file) !== PAGE)) return sendText(res, 404, 'Not found');
  await sendFile(req, res, file);
}
