// Full-size board frames: panning with the board's canvas at least 1280×800 (a maximised window
// on a projector), beside the usual size (942×539 in a 1280×800 window) and the bare Konva floor
// at 1280×800, all in one run, with the CPU slowed fourfold (CDP Emulation.setCPUThrottlingRate)
// unless told otherwise. Frame intervals and the main thread's work per frame, at 100%, at
// the zoom the board opens with and (full size) at the board's least zoom. Prints a markdown table and writes docs/bench/fullsize.json.
// With --trace, one more pan per size and zoom with the drawing time split by what is drawn
// (fullsize/breakdown.ts) and the main thread's work split by kind of task (a Chrome trace).
// Usage: npx tsx scripts/bench/fullsize.ts [--runs 2 --sizes 2000,5000,10000 --throttle 4 --ms 3000 --trace --no-write
//   --presenter-only --before <tree> --change-ms 250 --screenshots]
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { framesWhileMoving, setUpFloor, zoomBoardTo } from './board/inPage';
import { startBreakdown, takeBreakdown } from './fullsize/breakdown';
import { mainThreadWork } from './fullsize/chromeTrace';
import { presenterLive, presenterTarget } from './fullsize/presenter';
import { startServer } from './board/server';
import { writeSessionOfSize } from './board/sessionOfSize';
import { PAINTED_PROBE } from './open/probe';
import { summarise } from './stats';
import { CHROMIUM_LAUNCH } from '../lib/chromiumLaunch';
import { MIN_SCALE } from '../../renderer/src/board/viewport';

const ROOT = path.join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    sizes: { type: 'string', default: '2000,5000,10000' },
    throttle: { type: 'string', default: '4' },
    ms: { type: 'string', default: '3000' },
    trace: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    // One change to the board every this many ms while presenter mode shows it (a note added or moved).
    'change-ms': { type: 'string', default: '250' },
    // Writes docs/bench/presenter-<notes>.png: presenter mode as painted after F5, first run.
    screenshots: { type: 'boolean', default: false },
    // Another tree whose build (out/) also runs the presenter scenario, interleaved: a before/after in one run.
    before: { type: 'string' },
    // Only the presenter scenario (and the floor, for the machine's load): no board pans.
    'presenter-only': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes!.split(',').map(Number);
const THROTTLE = Number(values.throttle);
const MS = Number(values.ms);
const CHANGE_MS = Number(values['change-ms']);
const CANVAS = '[role="application"]';
const NAME_HELPER = 'globalThis.__name = (f) => f;';
// The workbench's chrome takes 338 × 261 px around the board: this window gives a 1286 × 803 canvas.
// This scenario was called "full at presenter zoom" before 2026-12-04: it asked for the zoom at which
// the board's note text is as small as presenter mode draws it, which the board clamps to MIN_SCALE.
const LEAST_ZOOM = `full at least zoom (${MIN_SCALE})`;
const PRESENTER = 'presenter (F5), live changes';
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
const reachedScale: Record<number, number> = {};
const presenter: {
  notes: number;
  build: 'this' | 'before';
  canvas: string;
  smallestTextPx: number;
  f5ToPainted: ReturnType<typeof summarise>;
  changesSent: number;
  addedToShown: ReturnType<typeof summarise>;
}[] = [];
const traces: { notes: number; zoom: string; frames: number; parts: Record<string, number> }[] = [];
for (const notes of SIZES) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-fullsize-'));
  const id = await writeSessionOfSize(dataDir, notes);
  const server = await startServer(dataDir);
  const targets = [{ label: PRESENTER, target: await presenterTarget(server.url, id) }];
  // The build before serves a session of its own (one server writes a data folder), made alike.
  let before: Awaited<ReturnType<typeof startServer>> | null = null;
  if (values.before) {
    await mkdir(`${dataDir}-before`);
    const beforeId = await writeSessionOfSize(`${dataDir}-before`, notes);
    before = await startServer(`${dataDir}-before`, values.before);
    targets.push({ label: `${PRESENTER}, build before`, target: await presenterTarget(before.url, beforeId) });
  }
  const samples: Record<string, { intervals: number[]; work: number[]; canvas?: string }> = {};
  const add = (key: string, r: { intervals: number[]; work: number[] }, canvas?: string) => {
    samples[key] ??= { intervals: [], work: [], canvas };
    samples[key].intervals.push(...r.intervals);
    samples[key].work.push(...r.work);
  };
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a busy moment of the machine falls on all three alike.
    for (const which of values['presenter-only'] ? [] : (['full', 'usual'] as const)) {
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
      if (which === 'full') {
        // The whole board in view at the editing board's least zoom: at 10,000 notes the board opens there.
        reachedScale[notes] = await page.evaluate(zoomBoardTo, { scale: MIN_SCALE, target: CANVAS });
        await page.waitForTimeout(300);
        add(
          LEAST_ZOOM,
          await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS }),
          canvas,
        );
      }
      await page.evaluate(zoomBoardTo, { scale: 1, target: CANVAS });
      await page.waitForTimeout(300);
      add(
        `${which} at 100%`,
        await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS }),
        canvas,
      );
      await page.context().close();
    }
    for (const { label, target } of targets) {
      const page = await openBoard(target.url, WINDOWS.full);
      const shot = run === 0 && values.screenshots && label === PRESENTER;
      add(
        label,
        await presenterLive(target, page, {
          ms: MS,
          changeMs: CHANGE_MS,
          screenshot: shot ? path.join(ROOT, 'docs', 'bench', `presenter-${notes}.png`) : undefined,
        }),
      );
      await page.context().close();
    }
    add('floor at 100%', await floorPan(notes), '1280×800');
  }
  for (const { label, target } of targets) {
    target.api.close();
    samples[label].canvas = target.live.canvas;
    presenter.push({
      notes,
      build: label === PRESENTER ? 'this' : 'before',
      canvas: target.live.canvas,
      smallestTextPx: target.live.smallestTextPx,
      f5ToPainted: summarise(target.live.f5),
      changesSent: target.live.changesSent,
      addedToShown: summarise(target.live.addedToShown),
    });
  }
  if (values.trace) traces.push(...(await traceFull(`${server.url}&open=${encodeURIComponent(id)}`, notes)));
  await server.stop();
  await before?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(`${dataDir}-before`, { recursive: true, force: true });
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
console.log(`\nThe board's zoom reached at its least zoom: ${JSON.stringify(reachedScale)}`);
console.log(
  [
    `\nPresenter mode (F5), ${MS} ms of live changes (one every ${CHANGE_MS} ms: notes added, nudged, moved to another zone; votes revealed half way)`,
    '',
    '| notes | build | presenter canvas | smallest note text (px) | F5 to painted median / max (ms) | changes sent | note sent to shown median / p95 (ms) |',
    '|---|---|---|---|---|---|---|',
    ...presenter.map(
      (p) =>
        `| ${p.notes.toLocaleString('en-GB')} | ${p.build} | ${p.canvas} | ${p.smallestTextPx} | ${p.f5ToPainted.median} / ${p.f5ToPainted.max} | ${p.changesSent} | ${p.addedToShown.median} / ${p.addedToShown.p95} (${p.addedToShown.runs}) |`,
    ),
  ].join('\n'),
);
if (traces.length) console.log(`\n${traceTable()}`);
if (!values['no-write'])
  await writeFile(
    path.join(ROOT, 'docs', 'bench', 'fullsize.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), throttle: THROTTLE, runs: RUNS, ms: MS, loadAverage: os.loadavg(), reachedScale, rows, presenter, traces }, null, 2)}\n`,
  );

/** Milliseconds per frame by part, one column per traced pan. */
function traceTable(): string {
  const keys = [...new Set(traces.flatMap((t) => Object.keys(t.parts)))].sort();
  // Figures for long tasks and slow frames are per such task or frame; the rest per frame of the pan.
  const perFrame = (t: (typeof traces)[number], k: string) => {
    const v = t.parts[k] ?? 0;
    if (k.endsWith(': count')) return String(Math.round(v));
    const group = /^(trace: long tasks \(≥ 50 ms\)|drawing: slow frames \(≥ p95\))/.exec(k)?.[1];
    return (v / Math.max(1, group ? (t.parts[`${group}: count`] ?? 0) : t.frames)).toFixed(2);
  };
  return [
    `| ms per frame | ${traces.map((t) => `${t.notes.toLocaleString('en-GB')} at ${t.zoom} (${t.frames} frames)`).join(' | ')} |`,
    `|---|${traces.map(() => '---|').join('')}`,
    ...keys.map((k) => `| ${k} | ${traces.map((t) => perFrame(t, k)).join(' | ')} |`),
  ].join('\n');
}

/** One pan of the full-size board at each zoom, with its drawing time split by what is drawn and a Chrome trace. */
async function traceFull(url: string, notes: number) {
  const page = await openBoard(url, WINDOWS.full);
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(startBreakdown);
  const out: (typeof traces)[number][] = [];
  const zooms: [string, number | null][] = [
    ['open zoom', null],
    [`least zoom (${MIN_SCALE})`, MIN_SCALE],
    ['100%', 1],
  ];
  for (const [zoom, scale] of zooms) {
    if (scale !== null) await page.evaluate(zoomBoardTo, { scale, target: CANVAS });
    await page.waitForTimeout(400);
    await page.evaluate(takeBreakdown);
    let frames = 0;
    const tasks = await mainThreadWork(cdp, async () => {
      frames = (await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS })).intervals
        .length;
    });
    const drawing = await page.evaluate(takeBreakdown);
    const parts = Object.fromEntries([
      ...Object.entries(tasks).map(([k, v]) => [`trace: ${k}`, v]),
      ...Object.entries(drawing).map(([k, v]) => [`drawing: ${k}`, v]),
    ]);
    out.push({ notes, zoom, frames, parts });
  }
  await page.context().close();
  return out;
}

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
