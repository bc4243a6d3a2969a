import type { Server } from 'node:http';
import type { WebSocketServer } from 'ws';

// What both local servers (browser mode and a room) do alike: start listening, and stop at once.

/**
 * How often Node checks a connection's header and request timeouts. Its default, 30 s, lets a
 * 10 s header timeout run to 30 s; checked every second, a timeout holds to within a second.
 */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** Listens on `host:port`, or rejects with the listen error (EADDRINUSE, say). */
export async function listen(server: Server, host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops at once: every socket terminated, every connection dropped, the port freed. */
export function closeServer(server: Server, sockets: WebSocketServer): Promise<void> {
  for (const client of sockets.clients) client.terminate();
  sockets.close();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
