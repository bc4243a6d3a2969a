// Where the cold open's main-thread time goes, by start-up phase, kind of work, source file and
// function: opens of the built app at a given CPU slow-down under the CDP profiler, mapped back
// to the sources through the build's source maps. Build with them first:
//   ROUNDTABLE_SOURCEMAP=1 npx electron-vite build && npx tsx scripts/bench/open/profile.ts --notes 10000 --throttle 4
// (then build again without them before measuring sizes). To compare builds in one run, give
// their trees (each built with source maps): `--roots .,/tmp/other-tree --runs 2` opens each in
// turn, run by run. Prints the tables; writes nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { startServer } from '../board/server';
import { PAINTED_PROBE } from './probe';
import { kindOf, placesIn, summarise, type Profile, type Summary } from './profileSources';
import { CHROMIUM_LAUNCH } from '../../lib/chromiumLaunch';

const HERE = path.join(import.meta.dirname, '..', '..', '..');
const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    throttle: { type: 'string', default: '4' },
    top: { type: 'string', default: '25' },
    roots: { type: 'string', default: '.' },
    runs: { type: 'string', default: '1' },
  },
});
const roots = values.roots.split(',').map((r) => path.resolve(HERE, r));
const label = (root: string) => (root === HERE ? 'this tree' : path.basename(root));

/** The start-up marks, in the order they come; a phase runs from one to the next. */
const MARKS = ['scripts-run', 'connected', 'session-received', 'board-mounted', 'painted'] as const;
const PHASES = ['navigation → scripts run', ...MARKS.slice(1).map((m, i) => `${MARKS[i]} → ${m}`), 'after painted'];

interface Open {
  summary: Summary;
  /** ms from navigation. */
  marks: Record<string, number>;
}

/** One profiled open (after one to warm the server's copy of the file, on the first run). */
async function profiledOpen(browser: Browser, url: string, root: string): Promise<Open> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
  await page.addInitScript({ content: PAINTED_PROBE });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // The profile's clock against the wall clock, so the page's marks can split its samples.
  const startedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __openBench: { ready: boolean } }).__openBench.ready, null, {
    timeout: 90_000,
    polling: 50,
  });
  const profile = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
  const { origin, marks } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const found: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      const name = m.name.replace(/^roundtable:/, '').replace(/^bench:/, '');
      found[name] ??= m.startTime - nav.startTime;
    }
    return { origin: performance.timeOrigin + nav.startTime, marks: found };
  });
  await context.close();
  const at = (ms: number) => profile.startTime + (origin + ms - startedAt) * 1000;
  const bounds = MARKS.map((m) => at(marks[m] ?? Infinity));
  const phaseAt = (t: number) => {
    if (t < at(0)) return 'before navigation';
    const i = bounds.findIndex((b) => t < b);
    return PHASES[i === -1 ? PHASES.length - 1 : i];
  };
  return { summary: summarise(profile, placesIn(root), phaseAt), marks };
}

const opens = new Map<string, Open[]>(roots.map((r) => [r, []]));
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const load = [os.loadavg()[0]];
try {
  const trees = await Promise.all(
    roots.map(async (root) => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-profile-'));
      // Each tree writes its own session, so the file is in the form its build reads.
      const { writeSessionOfSize } = (await import(path.join(root, 'scripts/bench/board/sessionOfSize.ts'))) as {
        writeSessionOfSize: (dir: string, notes: number) => Promise<string>;
      };
      const sessionId = await writeSessionOfSize(dataDir, Number(values.notes));
      const server = await startServer(dataDir, root);
      return { root, dataDir, server, url: `${server.url}&open=${encodeURIComponent(sessionId)}` };
    }),
  );
  try {
    for (const t of trees) await profiledOpen(browser, t.url, t.root); // Warms each server's copy.
    for (let run = 0; run < Number(values.runs); run++) {
      for (const t of trees) opens.get(t.root)!.push(await profiledOpen(browser, t.url, t.root));
    }
  } finally {
    for (const t of trees) {
      await t.server.stop();
      await rm(t.dataDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  load.push(os.loadavg()[0]);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => `${Math.round(x)}`;
const header = (first: string) =>
  `| ${first} | ${roots.map(label).join(' | ')} |\n|---|${roots.map(() => '---|').join('')}`;
/** Median over the runs, per tree, of what `pick` reads from one open. */
const row = (name: string, pick: (o: Open) => number) =>
  `| ${name} | ${roots.map((r) => ms(median(opens.get(r)!.map(pick)))).join(' | ')} |`;

console.log(
  `${values.notes} notes at ${values.throttle}x, ${values.runs} run(s) per tree, medians; load ${load.map((l) => l.toFixed(1)).join(' → ')}\n`,
);
console.log(header('mark (ms from navigation)'));
for (const m of MARKS) console.log(row(m, (o) => o.marks[m] ?? NaN));

const kinds = new Set<string>();
for (const list of opens.values())
  for (const o of list) for (const phase of o.summary.byPhase.values()) for (const k of phase.keys()) kinds.add(k);
for (const phase of ['before navigation', ...PHASES]) {
  const sum = (o: Open) => [...(o.summary.byPhase.get(phase)?.entries() ?? [])].filter(([k]) => k !== 'idle');
  if (![...opens.values()].some((l) => l.some((o) => sum(o).length > 0))) continue;
  console.log(`\n${header(`${phase}: self time by kind (ms)`)}`);
  console.log(row('busy, all told', (o) => sum(o).reduce((a, [, v]) => a + v, 0)));
  for (const k of [...kinds].filter((k) => k !== 'idle').sort())
    console.log(row(k, (o) => o.summary.byPhase.get(phase)?.get(k) ?? 0));
}

/** The tree's top entries of a map, summed over its runs and divided by their number. */
function top(root: string, pick: (s: Summary) => Map<string, number> | undefined, n = Number(values.top)) {
  const total = new Map<string, number>();
  const list = opens.get(root)!;
  for (const o of list) for (const [k, v] of pick(o.summary) ?? []) total.set(k, (total.get(k) ?? 0) + v / list.length);
  return [...total].sort((a, b) => b[1] - a[1]).slice(0, n);
}
for (const root of roots) {
  console.log(`\n## ${label(root)}: self time by source (ms, mean per open)\n| source | kind | ms |\n|---|---|---|`);
  for (const [file, v] of top(root, (s) => s.byFile)) console.log(`| ${file} | ${kindOf(file)} | ${ms(v)} |`);
  console.log(`\n| self time by function | ms |\n|---|---|`);
  for (const [fn, v] of top(root, (s) => s.byFn)) console.log(`| ${fn} | ${ms(v)} |`);
  for (const phase of [PHASES[3], PHASES[4]]) {
    console.log(`\n| ${phase}: inclusive time of our functions | ms |\n|---|---|`);
    for (const [fn, v] of top(root, (s) => s.ownByPhase.get(phase), 15)) console.log(`| ${fn} | ${ms(v)} |`);
  }
}
