// Cold open: from navigating to Roundtable with a session in its address (`?open=<id>`, as the
// desktop app is launched for a double-clicked file) to the board's notes painted, in a fresh
// browser context each time (nothing cached), at normal speed and with the CPU slowed fourfold
// (CDP Emulation.setCPUThrottlingRate, an old laptop). Reports the JavaScript and fonts loaded
// before the first paint, the app's start-up marks, and, from a trace of one run per size, where
// the main thread's time went. Writes docs/bench/open.json and docs/bench/open.md.
// Usage: npx tsx scripts/bench/open.ts [--runs 3 --sizes 2000,5000,10000 --throttle 1,4 --no-write]
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { startServer } from './board/server';
import { writeSessionOfSize } from './board/sessionOfSize';
import { openFigures, PAINTED_PROBE } from './open/probe';
import { mainThreadTime, type MainThreadTime } from './open/trace';
import { summarise } from './stats';
import { CHROMIUM_LAUNCH } from '../lib/chromiumLaunch';

const ROOT = path.join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '2000,5000,10000' },
    throttle: { type: 'string', default: '1,4' },
    'no-write': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes!.split(',').map(Number);
const THROTTLES = values.throttle!.split(',').map(Number);
const VIEWPORT = { width: 1280, height: 800 };
const TARGETS = { throttled5kAnd10kMs: 1000, normal10kMs: 500, initialJsKb: 600 };
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-devtools.timeline',
];

if (!existsSync(path.join(ROOT, 'out', 'renderer', 'index.html')))
  throw new Error('Build the app first: npx electron-vite build');

type Figures = Awaited<ReturnType<typeof openOnce>>;
interface Row {
  notes: number;
  throttle: number;
  readyMs: ReturnType<typeof summarise>;
  marks: Record<string, number>;
  jsKb: number;
  jsFiles: { name: string; bytes: number }[];
  fontKb: number;
  fontFiles: number;
  trace: (MainThreadTime & { windowMs: number }) | null;
}

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const rows: Row[] = [];
for (const notes of SIZES) {
  process.stdout.write(`${notes} notes: writing the session… `);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-open-'));
  const sessionId = await writeSessionOfSize(dataDir, notes);
  const server = await startServer(dataDir);
  const url = `${server.url}&open=${encodeURIComponent(sessionId)}`;
  for (const throttle of THROTTLES) {
    const runs: Figures[] = [];
    // One warm-up open (the server's first load of the file, and the OS's file cache), not counted.
    await openOnce(browser, url, throttle, false);
    for (let run = 0; run < RUNS; run++) {
      process.stdout.write(`${throttle}x run ${run + 1} `);
      runs.push(await openOnce(browser, url, throttle, false));
    }
    const traced = await openOnce(browser, url, throttle, true);
    const median = runs.map((r) => r.readyAt).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const typical = runs.find((r) => r.readyAt === median)!;
    rows.push({
      notes,
      throttle,
      readyMs: summarise(runs.map((r) => r.readyAt)),
      marks: { ...typical.marks, document: typical.documentAt, painted: Math.round(typical.readyAt) },
      jsKb: Math.round(typical.jsBytes / 1024),
      jsFiles: typical.jsFiles,
      fontKb: Math.round(typical.fontBytes / 1024),
      fontFiles: typical.fontFiles,
      trace: traced.trace,
    });
  }
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  console.log('done');
}
await browser.close();
await report(rows);

async function openOnce(b: Browser, url: string, throttle: number, trace: boolean) {
  const context = await b.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript({ content: PAINTED_PROBE });
  if (trace) await b.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __openBench: { ready: boolean } }).__openBench.ready, null, {
    timeout: 60_000,
    polling: 50,
  });
  const figures = await page.evaluate(openFigures);
  const traceJson = trace ? (await b.stopTracing()).toString('utf8') : null;
  await context.close();
  return { ...figures, trace: traceJson ? mainThreadTime(traceJson) : null };
}

async function report(all: Row[]) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const table = [
    '| notes | CPU | navigation → notes painted (median, min–max) | JS before paint | fonts before paint | document | scripts run | connected | session received | board mounted | painted |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...all
      .map((r) =>
        [
          r.notes.toLocaleString('en-GB'),
          r.throttle === 1 ? 'normal' : `${r.throttle}x`,
          `${s(r.readyMs.median)} (${s(r.readyMs.min)}–${s(r.readyMs.max)})`,
          `${r.jsKb} KB in ${r.jsFiles.length}`,
          `${r.fontKb} KB in ${r.fontFiles}`,
          ...['document', 'scripts-run', 'connected', 'session-received', 'board-mounted', 'painted'].map((m) =>
            r.marks[m] === undefined ? '–' : `${r.marks[m]}`,
          ),
        ].join(' | '),
      )
      .map((r) => `| ${r} |`),
  ].join('\n');
  const traceTable = [
    '| notes | CPU | traced run (ms) | main thread busy | compile / parse | script | style, layout, paint | GC | longest tasks |',
    '|---|---|---|---|---|---|---|---|---|',
    ...all
      .filter((r) => r.trace)
      .map((r) => {
        const t = r.trace!;
        return `| ${r.notes.toLocaleString('en-GB')} | ${r.throttle === 1 ? 'normal' : `${r.throttle}x`} | ${t.windowMs} | ${t.busy} | ${t.compile} | ${t.script} | ${t.rendering} | ${t.gc} | ${t.longest.map((l) => `${l.ms} ${l.what}`).join('; ')} |`;
      }),
  ].join('\n');
  const json = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    viewport: VIEWPORT,
    runs: RUNS,
    targets: TARGETS,
    rows: all,
  };
  console.log(`\n${table}\n\n${traceTable}\n`);
  if (values['no-write']) return;
  await mkdir(path.join(ROOT, 'docs', 'bench'), { recursive: true });
  await writeFile(path.join(ROOT, 'docs', 'bench', 'open.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log('Written: docs/bench/open.json (docs/bench/open.md holds the analysis and is written by hand)');
}
