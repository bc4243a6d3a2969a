import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';
import { TIMEOUT_CHECK_INTERVAL_MS } from './httpServer';
import { readStaticFile } from './staticFiles';

// How both local web servers (browser mode, electron/server/browserServer.ts, and a room,
// room/roomServer.ts) serve: the same limits on a request, the same headers on every page, the
// same plain-text refusals, the same refusal of a WebSocket they do not offer. Each server
// decides only what it serves and whom it lets in.

/** The longest request URL; the apps' own never come near it. */
export const MAX_URL_LENGTH = 2_048;

/** Why a request or an upgrade is refused: the status and a sentence for whoever sent it. */
export interface Refusal {
  status: number;
  message: string;
}

/** Sent with every page and asset: the app's CSP, no MIME sniffing, no referrer, no caching. */
export const PAGE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

export interface PageServerLimits {
  /** The most header bytes a request may carry (Node answers 431 past it). */
  maxHeaderBytes: number;
  /** How long a request may take to send its headers, and to arrive whole. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

/** An HTTP server that cuts slow or endless requests off rather than holding them open. */
export function createPageServer(limits: PageServerLimits): Server {
  return createServer({
    maxHeaderSize: limits.maxHeaderBytes,
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  });
}

/** What is wrong with a request any page server refuses: too long an address, another method, a body. */
export function requestRefusal(req: IncomingMessage): Refusal | null {
  if ((req.url ?? '').length > MAX_URL_LENGTH) return { status: 414, message: 'That address is too long.' };
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return { status: 405, message: 'Only GET and HEAD are served here.' };
  if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'])
    return { status: 413, message: 'This server takes no uploads: requests must have no body.' };
  return null;
}

const UNREADABLE: Refusal = { status: 400, message: 'That address cannot be read.' };

/** The request's address, or null when it cannot be read as one (an absolute URL that is not a URL). */
function requestUrl(req: IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

/** A refusal as plain text that no browser will sniff into anything else. */
export function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(message);
}

/** Sends one file found by resolveStaticFile with the page headers (and any of the server's own); HEAD gets no body. */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const { body, contentType } = await readStaticFile(file);
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length, ...PAGE_HEADERS, ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers every request with `handle`, after the checks every page server makes. A handler
 * that fails (a file gone between finding and reading it) answers 500 rather than leaving
 * the request hanging or the process with an unhandled rejection.
 */
export function serveRequests(
  server: Server,
  handle: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void,
): void {
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = requestUrl(req);
    const refusal = requestRefusal(req) ?? (url === null ? UNREADABLE : null);
    if (refusal) return sendText(res, refusal.status, refusal.message);
    Promise.resolve()
      .then(() => handle(req, res, url!))
      .catch(() => {
        if (!res.headersSent) sendText(res, 500, 'The server could not read that file. Reload the page to try again.');
        else res.destroy();
      });
  });
}

/** Ends a connection that asked for a WebSocket with an HTTP answer saying why not. */
export function refuseUpgrade(socket: Duplex, refusal: Refusal): void {
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? 'Refused'}\r\nConnection: close\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${refusal.message}`,
  );
}

/**
 * Takes WebSocket upgrades on `server`: each is checked by `refusal` (its path, who is asking)
 * and either refused with an HTTP answer or handed to `onSocket`.
 */
export function acceptSockets(
  server: Server,
  sockets: WebSocketServer,
  refusal: (req: IncomingMessage, url: URL) => Refusal | null,
  onSocket: (ws: WebSocket, req: IncomingMessage) => void,
): void {
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = requestUrl(req);
    if (!url) return refuseUpgrade(socket, UNREADABLE);
    const refused = refusal(req, url);
    if (refused) return refuseUpgrade(socket, refused);
    sockets.handleUpgrade(req, socket, head, (ws) => onSocket(ws, req));
  });
}
