import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, startBrowserModeServer } from '../../../electron/server/browserServer';
import { ROOM_HEADERS_TIMEOUT_MS, startRoomServer } from '../../../electron/services/room/roomServer';
import { TIMEOUT_CHECK_INTERVAL_MS } from '../../../electron/services/http/httpServer';
import { servicesFor } from '../../helpers/services';
import { tempFolder } from '../../helpers/tempFolder';

// A client that sends its request headers a line at a time, never finishing, must be cut off
// once the header timeout has passed: not whenever Node next gets round to checking (by
// default every 30 s). Both local servers, for real, on 127.0.0.1.

async function rendererFolder(): Promise<string> {
  const dir = path.join(await tempFolder(), 'renderer');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Roundtable</title>');
  await writeFile(path.join(dir, 'participant.html'), '<!doctype html><title>Room</title>');
  return dir;
}

/** Trickles header lines every 250 ms; resolves with how long the server took to end the connection, and what it answered. */
function slowHeaders(port: number, host: string): Promise<{ afterMs: number; answer: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    let answer = '';
    let timer: ReturnType<typeof setInterval> | null = null;
    socket.on('connect', () => {
      socket.write(`GET / HTTP/1.1\r\nHost: ${host}\r\n`);
      let n = 0;
      timer = setInterval(() => socket.write(`X-Slow-${n++}: still typing\r\n`), 250);
    });
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => {}); // A reset after the answer is the server cutting us off too.
    socket.on('close', () => {
      if (timer) clearInterval(timer);
      resolve({ afterMs: Date.now() - started, answer });
    });
    setTimeout(() => {
      socket.destroy();
      reject(new Error('still connected after 45 s'));
    }, 45_000);
  });
}

describe.concurrent('header timeouts hold as configured', () => {
  it('browser mode cuts a slow-header request at its header timeout', async () => {
    const services = await servicesFor(await tempFolder());
    const server = await startBrowserModeServer({ services, rendererDir: await rendererFolder(), port: 0 });
    const { afterMs, answer } = await slowHeaders(server.port, `127.0.0.1:${server.port}`).finally(() =>
      server.close(),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
    // The timeout, one check interval, and room for a busy machine; never Node's 30 s default.
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + TIMEOUT_CHECK_INTERVAL_MS + 3_000);
  }, 50_000);

  it('a room cuts a slow-header request at its header timeout', async () => {
    const room = await startRoomServer({
      address: '127.0.0.1',
      rendererDir: await rendererFolder(),
      onSocket: (ws) => ws.terminate(),
      ports: [0],
    });
    const { afterMs, answer } = await slowHeaders(room.port, `127.0.0.1:${room.port}`).finally(() => room.close());
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(ROOM_HEADERS_TIMEOUT_MS - 50);
    expect(afterMs).toBeLessThan(ROOM_HEADERS_TIMEOUT_MS + TIMEOUT_CHECK_INTERVAL_MS + 3_000);
  }, 50_000);
});
