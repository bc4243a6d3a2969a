// Where the cold open's main-thread time goes, by source file and by function: one open of the
// built app at a given CPU slow-down under the CDP profiler, mapped back to the sources through
// the build's source maps. For a profile, build with them first:
//   ROUNDTABLE_SOURCEMAP=1 npx electron-vite build && npx tsx scripts/bench/open/profile.ts --notes 10000 --throttle 4
// (then build again without them before measuring sizes). Prints the tables; writes nothing.
import { readFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';
import { startServer } from '../board/server';
import { writeSessionOfSize } from '../board/sessionOfSize';
import { PAINTED_PROBE } from './probe';
import { CHROMIUM_LAUNCH } from '../../lib/chromiumLaunch';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    throttle: { type: 'string', default: '4' },
    top: { type: 'string', default: '25' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-profile-'));
const sessionId = await writeSessionOfSize(dataDir, Number(values.notes));
const server = await startServer(dataDir);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const url = `${server.url}&open=${encodeURIComponent(sessionId)}`;
let profile: Profile;
try {
  for (let i = 0; i < 2; i++) {
    // The first open warms the server's copy of the file; the second is profiled.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
    await page.addInitScript({ content: PAINTED_PROBE });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __openBench: { ready: boolean } }).__openBench.ready,
      null,
      {
        timeout: 90_000,
        polling: 50,
      },
    );
    profile = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const consumers = new Map<string, SourceMapConsumer | null>();
function consumerFor(url: string): SourceMapConsumer | null {
  if (consumers.has(url)) return consumers.get(url)!;
  const file = path.join(ROOT, 'out', 'renderer', new URL(url).pathname.replace(/^\//, ''));
  const map = `${file}.map`;
  const consumer = existsSync(map)
    ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')) as RawSourceMap)
    : null;
  consumers.set(url, consumer);
  return consumer;
}

function place(frame: ProfileNode['callFrame']): { file: string; fn: string } {
  if (!frame.url) return { file: frame.functionName || '(native)', fn: frame.functionName || '(native)' };
  const consumer = frame.url.startsWith('http') ? consumerFor(frame.url) : null;
  const pos = consumer?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!pos?.source) return { file: frame.url, fn: frame.functionName || '(anonymous)' };
  const source = pos.source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  const file = pkg ? `npm:${pkg}` : source;
  return { file, fn: `${frame.functionName || '(anonymous)'} ${source.split('/').pop()}:${pos.line}` };
}

const byId = new Map(profile!.nodes.map((n) => [n.id, n]));
const selfMs = new Map<number, number>();
profile!.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile!.timeDeltas[i] ?? 0) / 1000));
const byFile = new Map<string, number>();
const byFn = new Map<string, number>();
const byOwn = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const { file, fn } = place(byId.get(id)!.callFrame);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
  byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
}
// Inclusive time of our own functions (renderer/ and shared/), each counted once per call path.
const parent = new Map<number, number>();
for (const n of profile!.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
for (const [id, ms] of selfMs) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const { fn } = place(byId.get(at)!.callFrame);
    if (seen.has(fn)) continue;
    seen.add(fn);
    byOwn.set(fn, (byOwn.get(fn) ?? 0) + ms);
  }
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(values.top))
    .map(([k, ms]) => `| ${k} | ${Math.round(ms)} |`)
    .join('\n');
console.log(
  `${values.notes} notes at ${values.throttle}x: ${Math.round(total)} ms sampled, load ${os.loadavg()[0].toFixed(1)}`,
);
console.log(`\n| self time by source | ms |\n|---|---|\n${top(byFile)}`);
console.log(`\n| self time by function | ms |\n|---|---|\n${top(byFn)}`);
const own = new Map([...byOwn].filter(([fn]) => /\.tsx?:/.test(fn)));
console.log(`\n| inclusive time of our functions | ms |\n|---|---|\n${top(own)}`);
