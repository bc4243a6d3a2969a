import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

const SERVE = path.join(import.meta.dirname, '..', '..', 'out', 'main', 'serve.js');

/** Browser mode as a user runs it: the real server process on a real data folder. */
export class RoundtableServer {
  url = '';
  private process: ChildProcess | null = null;

  /**
   * `appsOwnFolder`: start without --data-dir, as on a facilitator's laptop, so the app uses
   * its own data folder: `dataDir` must then be `<config folder>/Roundtable` (Linux finds it
   * through XDG_CONFIG_HOME).
   */
  constructor(
    readonly dataDir: string,
    private readonly options: { appsOwnFolder?: boolean } = {},
  ) {}

  async start(): Promise<string> {
    const own = this.options.appsOwnFolder ?? false;
    const args = own ? [] : ['--data-dir', this.dataDir];
    const env = own ? { ...process.env, XDG_CONFIG_HOME: path.dirname(this.dataDir) } : process.env;
    const child = spawn(process.execPath, [SERVE, '--port', '0', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
    });
    this.process = child;
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        const match = /^Roundtable is running at (\S+)$/m.exec(out);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) =>
        reject(new Error(`The server exited (${code}) before printing its address: ${out}`)),
      );
    });
    return this.url;
  }

  /** Kills the server at once (SIGKILL), as a crash or a pulled plug would: nothing is saved on the way out. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.process = null;
  }

  /** Stops the server as a user would (Ctrl+C), letting it save. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
    this.process = null;
  }
}

interface Fixtures {
  server: RoundtableServer;
  /** Requests the page made to anywhere but 127.0.0.1: must stay empty. */
  offMachineRequests: string[];
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-'));
    const server = new RoundtableServer(dataDir);
    await server.start();
    await use(server);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
  offMachineRequests: async ({ context }, use) => {
    const seen: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      seen.push(route.request().url());
      return route.abort();
    });
    context.on('page', (page) =>
      page.on('websocket', (ws) => {
        if (new URL(ws.url()).hostname !== '127.0.0.1') seen.push(ws.url());
      }),
    );
    await use(seen);
    expect(seen, 'no request may leave 127.0.0.1').toEqual([]);
  },
});

export { expect };
