import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserModeServer } from '../../../../electron/server/browserServer';
import { startRoomServer } from '../../../../electron/services/room/roomServer';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/contentSecurityPolicy';
import { tempFolder } from '../../../helpers/tempFolder';
import { servicesFor } from '../../../helpers/services';

// Browser mode and a room are two local web servers that serve pages the same way: the same
// security headers on every page and asset, the same plain-text refusals, the same limits on
// what a request may carry, and the same refusal of a WebSocket they do not offer.

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function rendererFolder(): Promise<string> {
  const root = await tempFolder();
  const dir = path.join(root, 'renderer');
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Roundtable</title>');
  await writeFile(path.join(dir, 'participant.html'), '<!doctype html><title>Join</title>');
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

interface Served {
  name: string;
  port: number;
  /** The Host header the server answers to. */
  host: string;
  /** The page's path, and what else every request needs (browser mode's token). */
  page: string;
  query: string;
  /** The WebSocket path it does offer. */
  socketPath: string;
}

async function browserMode(): Promise<Served> {
  const rendererDir = await rendererFolder();
  const data = path.join(path.dirname(rendererDir), 'data');
  const server = await startBrowserModeServer({ services: await servicesFor(data), rendererDir, port: 0 });
  stops.push(() => server.close());
  const token = new URL(server.url).searchParams.get('token')!;
  return {
    name: 'browser mode',
    port: server.port,
    host: `127.0.0.1:${server.port}`,
    page: '/',
    query: `?token=${token}`,
    socketPath: '/api',
  };
}

async function room(): Promise<Served> {
  const server = await startRoomServer({
    address: '127.0.0.1',
    rendererDir: await rendererFolder(),
    onSocket: (ws) => ws.close(),
    ports: [0],
  });
  stops.push(() => server.close());
  return {
    name: 'a room',
    port: server.port,
    host: `127.0.0.1:${server.port}`,
    page: '/',
    query: '',
    socketPath: '/room',
  };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

function request(
  s: Served,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: s.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: { host: s.host, ...options.headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * What a raw socket asking to upgrade `pathname` hears back: the whole answer once the server
 * closes the connection (a refusal), or the answer's head (an accepted socket stays open).
 */
function upgrade(s: Served, pathname: string, until: 'closed' | 'answered'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(s.port, '127.0.0.1', () =>
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${s.host}\r\nOrigin: http://${s.host}\r\nConnection: Upgrade\r\n` +
          'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      ),
    );
    let heard = '';
    socket.on('data', (chunk) => {
      heard += chunk;
      if (until === 'answered' && heard.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(heard);
      }
    });
    socket.on('close', () => resolve(heard));
    socket.on('error', reject);
  });
}

/** Sends `head` as it is on a raw connection, and resolves with all the server answered once it closed. */
function raw(s: Served, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(s.port, '127.0.0.1', () => socket.write(head));
    let heard = '';
    socket.on('data', (chunk) => {
      heard += chunk;
      if (/\r\n\r\n[\s\S]*\S/.test(heard)) socket.end();
    });
    socket.on('close', () => resolve(heard));
    socket.on('error', reject);
  });
}

const PAGE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

describe.each([
  ['browser mode', browserMode],
  ['a room', room],
])('%s serves pages as the other server does', (_name, start) => {
  it('sends every page and asset with the content security policy, no sniffing, no referrer and no caching', async () => {
    const s = await start();
    const page = await request(s, `${s.page}${s.query}`);
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({ ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
    expect(page.text).toMatch(/^<!doctype html>/);
    const asset = await request(s, `/assets/app.js${s.query}`);
    expect(asset.headers).toMatchObject({ ...PAGE_HEADERS, 'content-type': 'text/javascript; charset=utf-8' });
    expect(Number(asset.headers['content-length'])).toBe('console.log(1)'.length);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const s = await start();
    const head = await request(s, `${s.page}${s.query}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers).toMatchObject(PAGE_HEADERS);
    expect(head.text).toBe('');
  });

  it('refuses in plain text, never sniffed: a missing file, another method, a body, an over-long address', async () => {
    const s = await start();
    const refusals = [
      await request(s, `/missing.js${s.query}`),
      await request(s, `${s.page}${s.query}`, { method: 'POST' }),
      await request(s, `${s.page}${s.query}`, { headers: { 'content-length': '5' }, body: 'hello' }),
      await request(s, `/${'a'.repeat(3000)}${s.query}`),
    ];
    expect(refusals.map((r) => r.status)).toEqual([404, 405, 413, 414]);
    for (const refusal of refusals) {
      expect(refusal.headers).toMatchObject({
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      });
      expect(refusal.text.length).toBeGreaterThan(0);
    }
  });

  it('refuses a WebSocket on any other path with an HTTP answer, and closes the connection', async () => {
    const s = await start();
    const heard = await upgrade(s, `/elsewhere${s.query}`, 'closed');
    expect(heard).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(heard).toMatch(/Not found/i);
    const ours = await upgrade(s, `${s.socketPath}${s.query}`, 'answered');
    expect(ours).toMatch(/^HTTP\/1\.1 101 /);
  });
  it('answers a request or an upgrade whose address cannot be read with 400, and carries on serving', async () => {
    const s = await start();
    const unreadable = 'http://[not-an-address/';
    expect(await raw(s, `GET ${unreadable} HTTP/1.1\r\nHost: ${s.host}\r\nConnection: close\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 400 [\s\S]*cannot be read/,
    );
    expect(
      await raw(
        s,
        `GET ${unreadable} HTTP/1.1\r\nHost: ${s.host}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      ),
    ).toMatch(/^HTTP\/1\.1 400 [\s\S]*cannot be read/);
    expect((await request(s, `${s.page}${s.query}`)).status).toBe(200);
  });
});

describe('what differs between the two servers', () => {
  it('browser mode sets its access cookie on a page; a room sets no cookie at all', async () => {
    const browser = await browserMode();
    expect((await request(browser, `/${browser.query}`)).headers['set-cookie']?.[0]).toMatch(/^roundtable_token_/);
    const phones = await room();
    expect((await request(phones, '/')).headers['set-cookie']).toBeUndefined();
  });
});
