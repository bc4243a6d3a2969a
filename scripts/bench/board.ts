// The board benchmark suite (issue: boards of 5,000 notes at frame rate). Against browser
// mode in headless Chromium, for boards of 500 to 10,000 notes with clusters, links and
// votes: frame times while panning and zooming, ours beside a bare Konva floor drawing the
// same notes; drag latency; open to interactive; renderer memory; autosave of 10,000 notes.
// Writes docs/bench/board.json, docs/bench/board.md and the chart docs/bench/frame-times.png,
// then the cold-open and full-size frame benchmarks (scripts/bench/open.ts, fullsize.ts; docs/bench/).
// Usage: npm run bench [-- --runs 3 --sizes 500,2000,5000,10000 --ms 2500]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { frameTimeChart, type Series } from './board/chart';
import {
  framesWhileMoving,
  setUpFloor,
  recordPointerLatency,
  screenPointOf,
  takePointerLatencies,
  zoomBoardTo,
} from './board/inPage';
import { startServer } from './board/server';
import { writeSessionOfSize } from './board/sessionOfSize';
import { summarise } from './stats';
import { CHROMIUM_LAUNCH } from '../lib/chromiumLaunch';

const ROOT = path.join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '500,2000,5000,10000' },
    ms: { type: 'string', default: '2500' },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes!.split(',').map(Number);
const MS = Number(values.ms);
const CANVAS = '[role="application"]';
// tsx compiles these scripts keeping function names through a `__name` helper, which the
// functions sent to the page then call: give the page one.
const NAME_HELPER = 'globalThis.__name = (f) => f;';
const VIEWPORT = { width: 1280, height: 800 };
const TARGETS = {
  panZoomMedian: 17,
  panZoomP95: 33,
  floorRatio: 1.3,
  dragP95: 33,
  openMs: 1000,
  autosaveMs: 50,
  rendererMb: 300,
};

type Summary = ReturnType<typeof summarise>;
interface SizeResult {
  notes: number;
  ours: {
    panFit: Summary;
    pan100: Summary;
    zoom100: Summary;
    work100: Summary;
    dragLatency: Summary;
    openMs: Summary;
    jsHeapMb: number;
    rendererRssMb: number | null;
  };
  floor: { pan100: Summary; zoom100: Summary; work100: Summary };
}

if (!existsSync(path.join(ROOT, 'out', 'main', 'serve.js')))
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const konvaScript = path.join(ROOT, 'node_modules', 'konva', 'konva.min.js');
const results: SizeResult[] = [];
for (const notes of SIZES) {
  process.stdout.write(`${notes} notes: writing the session… `);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-bench-'));
  await writeSessionOfSize(dataDir, notes);
  const server = await startServer(dataDir);
  const runs = {
    panFit: [] as number[],
    pan100: [] as number[],
    zoom100: [] as number[],
    work100: [] as number[],
    drag: [] as number[],
    open: [] as number[],
  };
  let memory = { jsHeapMb: 0, rendererRssMb: null as number | null };
  for (let run = 0; run < RUNS; run++) {
    process.stdout.write(`run ${run + 1} `);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript({ content: NAME_HELPER });
    // Open to interactive: from expanding the session in the explorer (which loads it from the
    // services) and opening its board, to the board drawn. The app itself is already loaded.
    await page.goto(server.url);
    const session = page.getByRole('treeitem', { name: new RegExp(`Benchmark ${notes} notes`) });
    await session.waitFor();
    const start = performance.now();
    await session.press('ArrowRight');
    await page.getByRole('treeitem', { name: /Exercise 1: Benefits and risks/ }).press('Enter');
    await page.waitForFunction(
      ({ selector, total }) => {
        const canvas = document.querySelector(selector);
        return (
          canvas?.getAttribute('data-notes-total') === String(total) &&
          Number(canvas.getAttribute('data-notes-drawn')) > 0
        );
      },
      { selector: CANVAS, total: notes + 10 },
    );
    runs.open.push(performance.now() - start);
    await page.waitForTimeout(300);
    runs.panFit.push(
      ...(await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS })).intervals,
    );
    await page.evaluate(zoomBoardTo, { scale: 1, target: CANVAS });
    await page.waitForTimeout(200);
    const pan = await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: CANVAS });
    runs.pan100.push(...pan.intervals);
    runs.work100.push(...pan.work);
    runs.zoom100.push(
      ...(await page.evaluate(framesWhileMoving, { ms: MS, mode: 'zoom' as const, target: CANVAS })).intervals,
    );
    await page.evaluate(zoomBoardTo, { scale: 1, target: CANVAS });
    runs.drag.push(...(await dragLatency(page)));
    memory = await memoryOf(browser, page);
    await page.close();
  }
  const floor = await floorRuns(notes);
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  results.push({
    notes,
    ours: {
      panFit: summarise(runs.panFit),
      pan100: summarise(runs.pan100),
      zoom100: summarise(runs.zoom100),
      work100: summarise(runs.work100),
      dragLatency: summarise(runs.drag),
      openMs: summarise(runs.open),
      ...memory,
    },
    floor,
  });
  console.log('done');
}
await browser.close();

console.log('Autosave of 10,000 notes (fsync included)…');
const save = lastJsonLine(
  execFileSync('npx', ['tsx', path.join('scripts', 'bench', 'save.ts'), '10000', '9'], { cwd: ROOT, encoding: 'utf8' }),
);
console.log('Export of 10,000 notes…');
const exports = lastJsonLine(
  execFileSync('npx', ['tsx', path.join('scripts', 'bench', 'exports.ts'), '10000', '7'], {
    cwd: ROOT,
    encoding: 'utf8',
  }),
);
await report(results, save, exports);
// Cold open (navigation to notes painted, normal and 4x CPU) and full-size frames have their own reports.
for (const bench of ['open.ts', 'fullsize.ts'])
  execFileSync('npx', ['tsx', path.join('scripts', 'bench', bench)], { cwd: ROOT, stdio: 'inherit' });

function lastJsonLine(output: string): unknown {
  return JSON.parse(output.trim().split('\n').pop()!);
}

/** Drags the note nearest the view's centre 40 small steps, as a mouse would, recording each move's latency to its frame. */
async function dragLatency(page: Page): Promise<number[]> {
  const box = (await page.locator(CANVAS).boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // The notes sit on a 200 × 130 grid; find the one under the centre from the stage's transform.
  const origin = await page.evaluate(screenPointOf, { x: 0, y: 0, target: CANVAS });
  const scale = (await page.evaluate(screenPointOf, { x: 1000, y: 0, target: CANVAS })).x - origin.x;
  const board = { x: ((centre.x - origin.x) / scale) * 1000, y: ((centre.y - origin.y) / scale) * 1000 };
  const cell = { x: 40 + Math.round((board.x - 130) / 200) * 200, y: 1000 + Math.round((board.y - 1055) / 130) * 130 };
  const grab = await page.evaluate(screenPointOf, { x: cell.x + 90, y: cell.y + 55, target: CANVAS });
  await page.evaluate(recordPointerLatency);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(grab.x + i * 4, grab.y + i * 2);
  await page.mouse.up();
  await page.waitForTimeout(100);
  return (await page.evaluate(takePointerLatencies)).slice(1);
}

async function memoryOf(b: Browser, page: Page): Promise<{ jsHeapMb: number; rendererRssMb: number | null }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  let rss: number | null = null;
  try {
    const browserCdp = await b.newBrowserCDPSession();
    const info = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const sizes = await Promise.all(
      info.processInfo
        .filter((p) => p.type === 'renderer')
        .map(
          async (p) => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? 0) / 1024,
        ),
    );
    rss = sizes.length > 0 ? Math.max(...sizes) : null;
  } catch {
    // Not every platform reports its processes: the JS heap is still measured.
  }
  return { jsHeapMb: Math.round(heap / 1e5) / 10, rendererRssMb: rss === null ? null : Math.round(rss) };
}

async function floorRuns(notes: number) {
  const columns = Math.ceil(Math.sqrt(notes * 1.6));
  const grid = Array.from({ length: notes }, (_, i) => ({
    x: 40 + (i % columns) * 200,
    y: 1000 + Math.floor(i / columns) * 130,
    text: `Travel time between visits reduces clinical hours in rural areas (${i})`,
  }));
  const centre = { x: 40 + (columns * 200) / 2, y: 1000 + (Math.ceil(notes / columns) * 130) / 2 };
  // The floor culls and does nothing else, so it is compared where culling is the lever: at 100%.
  // (Zoomed out to fit, it draws every note with its text, which is no floor at all.)
  const out = { pan100: [] as number[], zoom100: [] as number[], work100: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.evaluate(NAME_HELPER);
    await page.addScriptTag({ path: konvaScript });
    await page.evaluate(setUpFloor, { notes: grid, scale: 1, centre });
    const pan = await page.evaluate(framesWhileMoving, { ms: MS, mode: 'pan' as const, target: 'floor' });
    out.pan100.push(...pan.intervals);
    out.work100.push(...pan.work);
    out.zoom100.push(
      ...(await page.evaluate(framesWhileMoving, { ms: MS, mode: 'zoom' as const, target: 'floor' })).intervals,
    );
    await page.close();
  }
  return { pan100: summarise(out.pan100), zoom100: summarise(out.zoom100), work100: summarise(out.work100) };
}

async function report(sizes: SizeResult[], autosave: unknown, exports: unknown) {
  const ratio = (a: Summary, b: Summary) => Math.round((a.median / b.median) * 100) / 100;
  const json = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}`,
    viewport: VIEWPORT,
    runs: RUNS,
    msPerScenario: MS,
    targets: TARGETS,
    sizes,
    autosave10k: autosave,
    exports10k: exports,
  };
  const rows = sizes.map((s) =>
    [
      s.notes.toLocaleString('en-GB'),
      `${s.ours.pan100.median} / ${s.ours.pan100.p95}`,
      `${s.ours.zoom100.median} / ${s.ours.zoom100.p95}`,
      `${s.ours.panFit.median} / ${s.ours.panFit.p95}`,
      `${s.floor.pan100.median} / ${s.floor.pan100.p95}`,
      `${s.floor.zoom100.median} / ${s.floor.zoom100.p95}`,
      `${s.ours.work100.median} / ${s.ours.work100.p95}`,
      `${s.floor.work100.median} / ${s.floor.work100.p95}`,
      `${ratio(s.ours.pan100, s.floor.pan100)} / ${ratio(s.ours.work100, s.floor.work100)}`,
      `${s.ours.dragLatency.median} / ${s.ours.dragLatency.p95}`,
      `${Math.round(s.ours.openMs.median)}`,
      `${s.ours.jsHeapMb} / ${s.ours.rendererRssMb ?? '–'}`,
    ].join(' | '),
  );
  const table = [
    '| notes | pan 100% (median / p95 ms) | zoom (ms) | pan at fit (ms) | floor pan 100% (ms) | floor zoom (ms) | work per frame, pan 100% (ms) | floor work (ms) | ratio to floor (frame / work) | drag latency (ms) | open (ms) | JS heap / renderer RSS (MB) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
  const md = `# Board benchmark\n\nMeasured ${json.measuredAt} on ${json.machine}, headless Chromium (software canvas), ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs of ${MS} ms per scenario; frame times are the intervals between animation frames while the view moves every frame (the display paces them at 16.7 ms); work per frame is the main thread's time from a frame's start to the end of its drawing, the headroom that pacing hides. Boards hold the notes plus 10 reference cards, one in ten notes in clusters, a link per 50 notes and dots (revealed) on one in five. Drag latency: pointer event to the end of the frame that shows it. Autosave of 10,000 notes: ${JSON.stringify(autosave)}. Export of 10,000 notes (PII check, JSON, CSV, XLSX): ${JSON.stringify(exports)}.\n\n${table}\n\n![Frame time against note count](frame-times.png)\n`;
  const series: Series[] = [
    { label: 'Roundtable, pan at 100%', colour: '#005eb8', points: sizes.map((s) => [s.notes, s.ours.pan100.median]) },
    {
      label: 'Roundtable, p95',
      colour: '#005eb8',
      dashed: true,
      points: sizes.map((s) => [s.notes, s.ours.pan100.p95]),
    },
    { label: 'Roundtable, pan at fit', colour: '#ae2573', points: sizes.map((s) => [s.notes, s.ours.panFit.median]) },
    {
      label: 'Floor (bare Konva), 100%',
      colour: '#007f3b',
      points: sizes.map((s) => [s.notes, s.floor.pan100.median]),
    },
    {
      label: 'Roundtable, work per frame',
      colour: '#41b6e6',
      points: sizes.map((s) => [s.notes, s.ours.work100.median]),
    },
    { label: 'Floor, work per frame', colour: '#ed8b00', points: sizes.map((s) => [s.notes, s.floor.work100.median]) },
  ];
  await mkdir(path.join(ROOT, 'docs', 'bench'), { recursive: true });
  await writeFile(path.join(ROOT, 'docs', 'bench', 'board.json'), `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(path.join(ROOT, 'docs', 'bench', 'board.md'), md);
  const chartBrowser = await chromium.launch({
    executablePath: process.env.ROUNDTABLE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await chartBrowser.newPage({ viewport: { width: 900, height: 520 } });
  await page.setContent(frameTimeChart('Frame time while panning, headless Chromium, 2 cores', series));
  await page.locator('svg').screenshot({ path: path.join(ROOT, 'docs', 'bench', 'frame-times.png') });
  await chartBrowser.close();
  console.log(`\n${table}\n\nWritten: docs/bench/board.json, docs/bench/board.md, docs/bench/frame-times.png`);
}
