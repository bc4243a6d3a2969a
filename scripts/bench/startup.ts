// Time from `npm run serve` to a workbench a user can use (already built; the browser is
// already open, as a user's would be). Usage: npx tsx scripts/bench/startup.ts [runs=7]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { summarise } from './stats';
import { CHROMIUM_LAUNCH } from '../lib/chromiumLaunch';

const runs = Number(process.argv[2] ?? 7);
const root = path.join(import.meta.dirname, '..', '..');
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const toAddress: number[] = [];
const toInteractive: number[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-bench-'));
  const start = performance.now();
  const server = spawn('npm', ['run', '--silent', 'serve', '--', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true,
  });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Roundtable is running at (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
  });
  toAddress.push(performance.now() - start);
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'New session' }).first().waitFor({ state: 'visible' });
  // Connected to the services and the (empty) sessions list loaded.
  await page.getByText('Browser mode').waitFor({ state: 'visible' });
  await page.getByText('No sessions yet').waitFor({ state: 'visible' });
  toInteractive.push(performance.now() - start);
  await page.close();
  // npm does not pass Ctrl+C on to the server when it is not on a terminal: signal the whole group.
  const exited = new Promise((r) => server.once('exit', r));
  process.kill(-server.pid!, 'SIGINT');
  await exited;
  await rm(dataDir, { recursive: true, force: true });
}
await browser.close();
console.log(
  JSON.stringify({
    benchmark: 'npm run serve → interactive workbench',
    addressPrintedMs: summarise(toAddress),
    interactiveMs: summarise(toInteractive),
  }),
);
