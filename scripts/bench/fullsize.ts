// Full-size board frames: panning with the board's canvas at least 1280×800 (a maximised window
// on a projector), beside the usual size (942×539 in a 1280×800 window) and the bare Konva floor
// at 1280×800, all in one run, with the CPU slowed fourfold (CDP Emulation.setCPUThrottlingRate)
// unless told otherwise. Frame intervals and the main thread's work per frame, at 100% and at
// the zoom the board opens with. Prints a markdown table and writes docs/bench/fullsize.json.
// Usage: npx tsx scripts/bench/fullsize.ts [--runs 2 --sizes 2000,5000,10000 --throttle 4 --ms 3000 --no-write]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { framesWhileMoving, setUpFloor, zoomBoardTo } from './board/inPage';
import { startServer } from './board/server';
import { writeSessionOfSize } from './board/sessionOfSize';
import { PAINTED_PROBE } from './open/probe';
import { summarise } from './stats';
import { CHROMIUM_LAUNCH } from '../lib/chromiumLaunch';

const ROOT = path.join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    sizes: { type: 'string', default: '2000,5000,10000' },
    throttle: { type: 'string', default: '4' },
    ms: { type: 'string', default: '3000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes!.split(',').map(Number);
const THROTTLE = Number(values.throttle);
const MS = Number(values.ms);
const CANVAS = '[role="application"]';
const NAME_HELPER = 'globalThis.__name = (f) => f;';
// The workbench's chrome takes 338 × 261 px around the board: this window gives a 1286 × 803 canvas.
const WINDOWS = { full: { width: 1624, height: 1064 }, usual: { width: 1280, height: 800 } };

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const konvaScript = path.join(ROOT, 'node_modules', 'konva', 'konva.min.js');
const rows: {
  notes: number;
  scenario: string;
  canvas?: string;
  frame: ReturnType<typeof summarise>;
  work: ReturnType<typeof summarise>;
}[] = [];
for (const notes of SIZES) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-fullsize-'));
  const id = await writeSessionOfSize(dataDir, notes);
  const server = await startServer(dataDir);
  const samples: Record<string, { intervals: number[]; work: number[]; canvas?: string }> = {};
  const add = (key: string, r: { intervals: number[]; work: number[] }, canvas?: string) => {
    samples[key] ??= { intervals: [], work: [], canvas };
    samples[key].intervals.push(...r.intervals);
    samples[key].work.push(...r.work);
  };
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a busy moment of the machine falls on all three alike.
    for (const which of ['full', 'usual'] as const) {
      const page = await openBoard(`${server.url}&open=${encodeURIComponent(id)}`, WINDOWS[which]);
      const canvas = await page.evaluate((s) => {
        const el = document.querySelector(s)!;
        return `${el.clientWidth}×${el.clientHeight}`;
      }, CANVAS);
      add(
        `${which} at open zoom`,
        await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS }),
        canvas,
      );
      await page.evaluate(zoomBoardTo, { scale: 1, target: CANVAS });
      await page.waitForTimeout(300);
      add(
        `${which} at 100%`,
        await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS }),
        canvas,
      );
      await page.context().close();
    }
    add('floor at 100%', await floorPan(notes), '1280×800');
  }
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  for (const [scenario, s] of Object.entries(samples))
    rows.push({ notes, scenario, canvas: s.canvas, frame: summarise(s.intervals), work: summarise(s.work) });
  console.error(`${notes} notes done`);
}
await browser.close();

const floorOf = (n: number) => rows.find((r) => r.notes === n && r.scenario === 'floor at 100%')!;
const table = [
  `| notes | scenario | canvas | frame median / p95 (ms) | frames | work per frame median / p95 (ms) | frame × floor |`,
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.notes.toLocaleString('en-GB')} | ${r.scenario} | ${r.canvas} | ${r.frame.median} / ${r.frame.p95} | ${r.frame.runs} | ${r.work.median} / ${r.work.p95} | ${(r.frame.median / floorOf(r.notes).frame.median).toFixed(2)} |`,
  ),
].join('\n');
console.log(
  `\nCPU ${THROTTLE}x, ${RUNS} runs of ${MS} ms, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n\n${table}`,
);
if (!values['no-write'])
  await writeFile(
    path.join(ROOT, 'docs', 'bench', 'fullsize.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), throttle: THROTTLE, runs: RUNS, ms: MS, loadAverage: os.loadavg(), rows }, null, 2)}\n`,
  );

async function openBoard(url: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript({ content: NAME_HELPER });
  await page.addInitScript({ content: PAINTED_PROBE });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __openBench: { ready: boolean } }).__openBench.ready, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500);
  return page;
}

async function floorPan(notes: number) {
  const columns = Math.ceil(Math.sqrt(notes * 1.6));
  const grid = Array.from({ length: notes }, (_, i) => ({
    x: 40 + (i % columns) * 200,
    y: 1000 + Math.floor(i / columns) * 130,
    text: `Travel time between visits reduces clinical hours in rural areas (${i})`,
  }));
  const centre = { x: 40 + (columns * 200) / 2, y: 1000 + (Math.ceil(notes / columns) * 130) / 2 };
  const context = await browser.newContext({ viewport: WINDOWS.usual });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.evaluate(NAME_HELPER);
  await page.addScriptTag({ path: konvaScript });
  await page.evaluate(setUpFloor, { notes: grid, scale: 1, centre });
  const result = await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: 'floor' });
  await context.close();
  return result;
}
