// The facilitator's board while a full room writes to it: browser mode in headless Chromium
// shows Table 1's board of a 2,000-note session; the room is opened from the UI on "This
// computer only"; then 60 simulated phones (all at Table 1, the worst case for the board on
// screen) add a note every 2–4 seconds. Frame intervals and work per frame while panning are
// measured before the phones start and while they write, several times each.
// Usage: npx tsx scripts/bench/room-board.ts [runs=3] [ms=2500] [phones=60] [every-ms=3000]   (build first: npm run build)
//   The full room: … 3 2500 200 1000 (every phone a note a second).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import { framesWhileMoving, zoomBoardTo } from './board/inPage';
import { writeSessionOfSize } from './board/sessionOfSize';
import { summarise } from './stats';
import type { ServerMessage } from '../../shared/room/protocol';
import { CHROMIUM_LAUNCH } from '../lib/chromiumLaunch';

const RUNS = Number(process.argv[2] ?? 3);
const MS = Number(process.argv[3] ?? 2500);
const NOTES = 2_000;
const PHONES = Number(process.argv[4] ?? 60);
const EVERY_MS = Number(process.argv[5] ?? 3000);
const ROOT = path.join(import.meta.dirname, '..', '..');
const CANVAS = '[role="application"]';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-room-board-'));
await writeSessionOfSize(dataDir, NOTES);
const server = spawn(
  process.execPath,
  [path.join(ROOT, 'out', 'main', 'serve.js'), '--port', '0', '--data-dir', dataDir],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve) =>
  server.stdout!.on(
    'data',
    (d: Buffer) => /running at (\S+)/.exec(String(d)) && resolve(/running at (\S+)/.exec(String(d))![1]),
  ),
);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
await page.goto(url);
const session = page.getByRole('treeitem', { name: new RegExp(`Benchmark ${NOTES} notes`) });
await session.press('ArrowRight');
await page.getByRole('treeitem', { name: /Exercise 1: Benefits and risks/ }).press('Enter');
await page.waitForSelector(CANVAS);
await page.keyboard.press('Control+Shift+P');
// Dialogs load on first use: wait for the palette before typing into it.
await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
await page.keyboard.type('Open room…');
await page.keyboard.press('Enter');
await page.getByRole('radio', { name: /This computer only/ }).check();
await page.getByRole('button', { name: 'Open room' }).click();
const roomUrl = (await page.locator('.room-address').textContent())!;
const code = (await page.locator('.room-code').textContent())!.replace(/\s/g, '');
await page.evaluate(zoomBoardTo, { scale: 1, target: CANVAS });
await page.waitForTimeout(300);

const measure = async () => {
  const intervals: number[] = [];
  const work: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const result = await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS });
    intervals.push(...result.intervals);
    work.push(...result.work);
  }
  return { intervals: summarise(intervals), work: summarise(work) };
};
const quiet = await measure();

const origin = roomUrl.replace(/\/$/, '');
let stored = 0;
let stopped = false;
const phones = await Promise.all(
  Array.from({ length: PHONES }, async (_, i) => {
    const ws = new WebSocket(`${origin.replace('http', 'ws')}/room`, { origin });
    await new Promise((resolve) => ws.once('open', resolve));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.type === 'joined')
        ws.send(JSON.stringify({ type: 'profile', tableId: message.tables[0].id, staffGroup: null, sector: null }));
      if (message.type === 'stored') stored++;
    });
    ws.send(JSON.stringify({ type: 'join', code }));
    return { ws, i };
  }),
);
let sent = 0;
const writers = phones.map(async ({ ws, i }) => {
  let n = 0;
  while (!stopped) {
    await new Promise((r) => setTimeout(r, EVERY_MS * (0.67 + Math.random() * 0.67)));
    if (stopped) break;
    ws.send(
      JSON.stringify({
        type: 'addNote',
        clientNoteId: `p${i}n${n++}abcdef`,
        text: `Phone ${i}, note ${n}: something about staffing`,
        zoneId: null,
      }),
    );
    sent++;
  }
});
await new Promise((r) => setTimeout(r, 3_000));
const busy = await measure();
stopped = true;
await Promise.all(writers);
await new Promise((r) => setTimeout(r, 1_000));
const line = (label: string, m: typeof quiet) =>
  `${label}: frame interval median ${m.intervals.median.toFixed(1)} ms, p95 ${m.intervals.p95.toFixed(1)} ms; work per frame median ${m.work.median.toFixed(1)} ms, p95 ${m.work.p95.toFixed(1)} ms`;
console.log(`${NOTES}-note board, panning at 100%, ${RUNS} × ${MS} ms each:`);
console.log(line('no room traffic', quiet));
console.log(line(`${PHONES} phones writing`, busy));
console.log(
  `${sent} notes sent while measuring, ${stored} stored; work ratio busy/quiet (medians) ${(busy.work.median / quiet.work.median).toFixed(2)}`,
);
phones.forEach(({ ws }) => ws.close());
await browser.close();
server.kill('SIGINT');
await new Promise((r) => server.once('exit', r));
await rm(dataDir, { recursive: true, force: true });
