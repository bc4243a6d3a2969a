import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  MAX_MESSAGE_BYTES,
  startBrowserModeServer,
  type BrowserModeServer,
} from '../../../electron/server/browserServer';
import { createApiClient, socketProtocol, type MessageSocket } from '../../../shared/api/rpc';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../helpers/services';

let server: BrowserModeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const root = await tempFolder();
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Roundtable</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
  server = await startBrowserModeServer({ services: await servicesFor(path.join(root, 'data')), rendererDir, port: 0 });
  const url = new URL(server.url);
  return { url, base: `http://127.0.0.1:${url.port}`, token: url.searchParams.get('token')! };
}

/** A plain HTTP GET with any headers, Host included (fetch would not let a test forge Host). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; cookie: string | null }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text, cookie: res.headers['set-cookie']?.[0] ?? null }),
      );
    });
    req.on('error', reject);
  });
}

function openSocket(base: string, headers: Record<string, string>): Promise<WebSocket> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api`, { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('browser-mode server', () => {
  it('binds 127.0.0.1 on a free port and prints an address with a long random token', async () => {
    const { url, token } = await start();
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    expect(token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses a request without the token, saying how to get in', async () => {
    const { base } = await start();
    const res = await get(`${base}/`);
    expect(res.status).toBe(401);
    expect(res.text).toMatch(/full address/);
  });

  it('serves the page with the token and its assets with the cookie it sets', async () => {
    const { url, base } = await start();
    const page = await get(url.toString());
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Roundtable</title>');
    const cookie = page.cookie!.split(';')[0];
    expect(page.cookie).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await get(`${base}/assets/app.js`, { cookie })).status).toBe(200);
    expect((await get(`${base}/assets/app.js`, { cookie: cookie.replace(/=.*/, '=wrong') })).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) and another Origin', async () => {
    const { url } = await start();
    expect((await get(url.toString(), { host: `evil.example:${url.port}` })).status).toBe(421);
    expect((await get(url.toString(), { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('never serves a file outside the renderer folder', async () => {
    const { base, token } = await start();
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/.hidden']) {
      const res = await get(`${base}${p}?token=${token}`);
      expect(res.status, p).toBe(404);
      expect(res.text).not.toContain('outside the renderer');
    }
  });

  it('carries the API over a WebSocket for our own page, and refuses one without token or from another origin', async () => {
    const { base, url } = await start();
    const cookie = (await get(url.toString())).cookie!.split(';')[0];
    await expect(openSocket(base, { origin: base })).rejects.toThrow(/401/);
    await expect(openSocket(base, { origin: 'http://evil.example', cookie })).rejects.toThrow(/403/);
    const ws = await openSocket(base, { origin: base, cookie });
    const api = createApiClient(socketProtocol(ws as unknown as MessageSocket));
    const created = await api.createSession(EVENT);
    expect((await api.listSessions()).map((s) => s.id)).toEqual([created.id]);
    ws.close();
  });
});

/** A raw request with any method, headers and body, for what a browser would never send. */
function request(url: string, options: http.RequestOptions, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An authorised socket and the messages it receives. */
async function authorisedSocket(base: string, url: URL) {
  const cookie = (await get(url.toString())).cookie!.split(';')[0];
  const ws = await openSocket(base, { origin: base, cookie });
  const received: unknown[] = [];
  ws.on('message', (data) => received.push(JSON.parse(data.toString())));
  const next = async (count: number) => {
    while (received.length < count) await new Promise((r) => setTimeout(r, 5));
    return received.slice(0, count);
  };
  return { ws, received, next };
}

describe('browser-mode server limits', () => {
  it('listens on the loopback address only, not on the machine’s network addresses', async () => {
    const { url, token } = await start();
    const outward = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!outward) return; // A machine with no network address has nothing to reach it by.
    await expect(get(`http://${outward.address}:${url.port}/?token=${token}`)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('refuses an over-long address, a request with a body, and oversized headers', async () => {
    const { base, token } = await start();
    expect((await get(`${base}/${'a'.repeat(3000)}?token=${token}`)).status).toBe(414);
    const withBody = await request(
      `${base}/?token=${token}`,
      { method: 'GET', headers: { 'content-length': '5' } },
      'hello',
    );
    expect(withBody).toMatchObject({ status: 413, text: expect.stringMatching(/no uploads/) });
    expect((await request(`${base}/?token=${token}`, { method: 'POST' })).status).toBe(405);
    expect((await get(`${base}/?token=${token}`, { 'x-padding': 'a'.repeat(20_000) })).status).toBe(431);
  });

  it('closes a socket that sends a message over the size limit, and answers junk with a specific error', async () => {
    const { base, url } = await start();
    const { ws, next } = await authorisedSocket(base, url);
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    ws.send('{not json');
    ws.send(JSON.stringify({ kind: 'call', id: 7, method: 'openSession', args: ['../../etc/passwd'] }));
    ws.send(JSON.stringify({ kind: 'call', id: 8, method: 'constructor', args: [] }));
    ws.send(JSON.stringify({ hello: 'world' }));
    const answers = await next(5);
    expect(answers).toEqual(
      expect.arrayContaining([
        { kind: 'rejected', message: expect.stringMatching(/Binary messages are not accepted/) },
        { kind: 'rejected', message: expect.stringMatching(/not JSON/) },
        {
          kind: 'result',
          id: 7,
          result: {
            ok: false,
            error: {
              code: 'invalid-input',
              message: expect.stringMatching(/openSession.*must be an id like "session:abc123"/),
            },
          },
        },
        {
          kind: 'result',
          id: 8,
          result: {
            ok: false,
            error: { code: 'invalid-input', message: '"constructor" is not a Roundtable API method.' },
          },
        },
        { kind: 'rejected', message: expect.stringMatching(/not a call Roundtable understands/) },
      ]),
    );
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('x'.repeat(MAX_MESSAGE_BYTES + 1));
    expect(await closed).toBe(1009); // "message too big"
  });
});
