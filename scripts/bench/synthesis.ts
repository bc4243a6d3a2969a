// The organisers' synthesis at scale: writes 1,000 generated session exports (about 200
// notes each, groups, dots and ratings) to a folder, then runs the command line on it, as
// an organiser would, several times. Reports wall time and peak memory (the child's maximum
// resident set) per run and their medians.
// Usage: npx tsx scripts/bench/synthesis.ts [exports=1000] [runs=3]   (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatedExport } from './synthesisData';
import { summarise } from './stats';

const count = Number(process.argv[2] ?? 1_000);
const runs = Number(process.argv[3] ?? 3);
const root = path.join(import.meta.dirname, '..', '..');
const folder = await mkdtemp(path.join(os.tmpdir(), 'roundtable-synthesis-'));
let bytes = 0;
let notes = 0;
for (let i = 0; i < count; i++) {
  const data = generatedExport(i);
  notes += data.notes.filter((n) => n.countsAsInput).length;
  const text = JSON.stringify(data, null, 2);
  bytes += text.length;
  await writeFile(path.join(folder, `event-${String(i).padStart(4, '0')}.roundtable-export.json`), text);
}
console.log(
  `${count} exports, ${notes.toLocaleString('en-GB')} participant notes, ${(bytes / 1024 / 1024).toFixed(0)} MB in ${folder}`,
);

const seconds: number[] = [];
const peakMb: number[] = [];
for (let run = 0; run < runs; run++) {
  const out = path.join(folder, '..', `${path.basename(folder)}-out-${run}`);
  const t = performance.now();
  // GNU time's %M is the child's peak resident set in KB.
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, path.join(root, 'out', 'main', 'synthesise.js'), 'synthesise', folder, '--out', out],
    { encoding: 'utf8' },
  );
  seconds.push((performance.now() - t) / 1000);
  if (result.status !== 0) throw new Error(`The synthesis failed (${result.status}): ${result.stderr}`);
  peakMb.push(Number(result.stderr.trim().split('\n').at(-1)) / 1024);
  console.log(`run ${run + 1}: ${seconds.at(-1)!.toFixed(1)} s, peak ${peakMb.at(-1)!.toFixed(0)} MB`);
  await rm(out, { recursive: true, force: true });
}
const time = summarise(seconds);
const memory = summarise(peakMb);
console.log(
  `median ${time.median.toFixed(1)} s (goal < 20 s), peak memory median ${memory.median.toFixed(0)} MB (goal < 1,024 MB)`,
);
await rm(folder, { recursive: true, force: true });
