// The synthesis at national scale (docs/bench/synthesis.md). Writes generated session exports
// (scripts/bench/synthesisData.ts, about 200 participant notes each) to a folder once, then
// measures, each run a child process of its own (scripts/bench/synthesisScaleRun.ts) so its
// peak memory is its own, with the median of the runs:
//   words   N exports from scratch (read, checked, folded, every note themed, every output file
//           made), comparing shared words alone, for each N of --sizes (so the growth shows);
//   themes  the same up to the themes (no output files), by shared words alone;
//   cold    up to the themes with the sentence model and an empty vector cache, at --cold-size;
//   warm    up to the themes with every text's vector already in the cache, for each N of --sizes;
//   extend  a project of --base exports made in the app's store and reviewed (a merge, a
//           rename, an approval), then 10 more exports added (words alone, and warm).
// Targets: 1,000 exports in ≤ 10 s and ≤ 1 GB; 10 exports added in ≤ 2 s.
// Usage: npx tsx scripts/bench/synthesis-scale.ts [--sizes 100,300,1000] [--runs 3]
//          [--cold-size 20] [--base 1000] [--only words,themes,cold,warm,extend] [--keep <folder>]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedExport } from './synthesisData';
import { summarise } from './stats';
import type { ScaleRunResult } from './synthesisScaleRun';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,300,1000' },
    runs: { type: 'string', default: '3' },
    'cold-size': { type: 'string', default: '20' },
    base: { type: 'string', default: '1000' },
    only: { type: 'string', default: 'words,themes,cold,warm,extend' },
    keep: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const coldSize = Number(values['cold-size']);
const base = Number(values.base);
const only = new Set(values.only.split(','));
const runner = path.join(import.meta.dirname, 'synthesisScaleRun.ts');

// The exports, written once (kept between invocations with --keep).
const folder = values.keep ? path.resolve(values.keep) : await mkdtemp(path.join(os.tmpdir(), 'roundtable-scale-'));
const wanted = Math.max(...sizes, base + 10, coldSize);
await mkdir(folder, { recursive: true });
const have = new Set(await readdir(folder));
const nameOf = (i: number) => `event-${String(i).padStart(5, '0')}.roundtable-export.json`;
for (let i = 0; i < wanted; i++)
  if (!have.has(nameOf(i))) await writeFile(path.join(folder, nameOf(i)), JSON.stringify(generatedExport(i), null, 2));
console.log(`${wanted} generated exports in ${folder}`);

function child(mode: 'scratch' | 'themes' | 'extend', n: number, cacheFile?: string): ScaleRunResult {
  const args = ['--import', 'tsx', runner, mode, folder, String(n), ...(cacheFile ? [cacheFile] : [])];
  const out = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`${mode} ${n} failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as ScaleRunResult;
}

const total = (r: ScaleRunResult, phases?: string[], of: 'phases' | 'cpu' = 'phases') =>
  Object.entries(r[of])
    .filter(([k]) => !phases || phases.includes(k))
    .reduce((s, [, v]) => s + v, 0) / 1000;

interface Row {
  label: string;
  seconds: number[];
  cpuSeconds: number[];
  peakMb: number[];
  last: ScaleRunResult;
}
const rows: Row[] = [];
function measure(label: string, times: number, run: () => ScaleRunResult, phases?: string[]): void {
  const row: Row = { label, seconds: [], cpuSeconds: [], peakMb: [], last: null as never };
  for (let i = 0; i < times; i++) {
    const r = run();
    row.seconds.push(total(r, phases));
    row.cpuSeconds.push(total(r, phases, 'cpu'));
    row.peakMb.push(r.peakMb);
    row.last = r;
    const parts = Object.entries(r.phases)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`)
      .join(', ');
    console.log(
      `${label} run ${i + 1}: ${total(r, phases).toFixed(2)} s (${parts}), CPU ${total(r, phases, 'cpu').toFixed(2)} s, peak ${r.peakMb} MB, ` +
        `${r.notes.toLocaleString('en-GB')} notes, ${r.embedded} texts embedded, ${r.fromCache} from the cache, ` +
        `load ${os.loadavg()[0].toFixed(1)}`,
    );
  }
  rows.push(row);
}

const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-scale-cache-'));
const warmCache = path.join(cacheDir, 'warm.bin');
if (only.has('words')) for (const n of sizes) measure(`words ${n}`, runs, () => child('scratch', n));
if (only.has('themes')) for (const n of sizes) measure(`themes words ${n}`, runs, () => child('themes', n));
if (only.has('cold'))
  // Each run with an empty cache; the last run's cache is then the warm one.
  measure(`cold ${coldSize}`, runs, () => {
    const file = path.join(cacheDir, `cold-${Math.random().toString(36).slice(2)}.bin`);
    const r = child('themes', coldSize, file);
    if (existsSync(warmCache)) return r;
    spawnSync('cp', [file, warmCache]);
    return r;
  });
if (only.has('warm')) {
  // Fill the cache with every text of the largest set once (not measured), then measure warm runs.
  if (!existsSync(warmCache) || !only.has('cold')) child('themes', Math.max(...sizes), warmCache);
  for (const n of sizes) measure(`themes warm ${n}`, runs, () => child('themes', n, warmCache));
}
if (only.has('extend')) {
  measure(`extend ${base}+10 words`, runs, () => child('extend', base), ['add10']);
  if (existsSync(warmCache) || only.has('warm'))
    measure(`extend ${base}+10 warm`, runs, () => child('extend', base, warmCache), ['add10']);
}

console.log('\n| what | runs | median s | min–max s | median CPU s | median peak MB | phases of the last run (s) |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  const t = summarise(row.seconds);
  const c = summarise(row.cpuSeconds);
  const m = summarise(row.peakMb);
  const phases = Object.entries(row.last.phases)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`)
    .join(', ');
  console.log(
    `| ${row.label} | ${t.runs} | ${t.median.toFixed(2)} | ${t.min.toFixed(2)}–${t.max.toFixed(2)} | ${c.median.toFixed(2)} | ${m.median} | ${phases} |`,
  );
}
console.log(
  `\nload: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1, 5, 15 min), ${os.cpus().length} cores`,
);
await rm(cacheDir, { recursive: true, force: true });
if (!values.keep) await rm(folder, { recursive: true, force: true });
