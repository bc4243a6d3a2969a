// One measured run of the synthesis scale benchmark (scripts/bench/synthesis-scale.ts starts
// it as a child process, so each run's peak memory is its own). Prints one JSON line: the
// time of each phase in milliseconds, how many texts were embedded or read from the vector
// cache, and the process's peak resident memory.
//   scratch <folder> <n> [cacheFile]  the first n exports of the folder read, checked, folded,
//       themed (shared words alone, or with the sentence vectors of cacheFile: embedded where
//       missing, read where kept) and written out as every output file, as the command line does
//   themes <folder> <n> [cacheFile]  the same without the output files: the time to the themes
//   extend <folder> <n> [cacheFile]   a project of the first n exports made in the app's store,
//       reviewed (two themes merged, one renamed, one approved), then the next 10 exports added
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportFilesIn, readExportFile } from '../../electron/synthesis/readExports';
import { allSynthesisFiles } from '../../electron/synthesis/synthesiseFiles';
import { themeOptionsFor, vectorSource, type VectorSource } from '../../electron/themes/synthesisVectors';
import { SynthesisProjectStore } from '../../electron/services/synthesis/synthesisProjectStore';
import { wordsOnly } from '../../electron/services/synthesis/projectVectors';
import { SynthesisBuilder } from '../../shared/synthesis/builder';

export interface ScaleRunResult {
  phases: Record<string, number>;
  /** The CPU time (user and system, all threads) of each phase in milliseconds: on a machine shared with other work it says what the wall time alone cannot. */
  cpu: Record<string, number>;
  notes: number;
  embedded: number;
  fromCache: number;
  peakMb: number;
}

const [mode, folder, count, cacheFile] = process.argv.slice(2);
const n = Number(count);
const files = (await exportFilesIn([folder])).files.sort();
if (files.length < n + (mode === 'extend' ? 10 : 0))
  throw new Error(`The folder holds ${files.length} exports; ${mode} ${n} needs more.`);
const phases: Record<string, number> = {};
const cpu: Record<string, number> = {};
let clock = performance.now();
let used = process.cpuUsage();
const lap = (name: string) => {
  const now = performance.now();
  const spent = process.cpuUsage(used);
  phases[name] = Math.round(now - clock);
  cpu[name] = Math.round((spent.user + spent.system) / 1000);
  clock = now;
  used = process.cpuUsage();
};
const counted = { embedded: 0, fromCache: 0 };
const source: VectorSource | null = cacheFile ? vectorSource({ cacheFile }) : null;
let notes = 0;

if (mode === 'scratch' || mode === 'themes') {
  const builder = new SynthesisBuilder();
  for (const file of files.slice(0, n)) {
    const read = await readExportFile(file);
    if (!read.ok) throw new Error(read.error.message);
    builder.add(read.value, path.basename(file));
  }
  lap('read');
  const themes = await themeOptionsFor(builder, source);
  counted.embedded = themes.vectors?.embedded ?? 0;
  counted.fromCache = themes.vectors?.fromCache ?? 0;
  lap('vectors');
  builder.coding(themes.options);
  lap('coding');
  notes = builder.noteRows().length;
  if (mode === 'themes') builder.result(themes.options);
  else {
    const written = await allSynthesisFiles(builder, {
      generatedAt: new Date().toISOString(),
      appVersion: 'bench',
      themes: themes.options,
    });
    if (written.length === 0) throw new Error('No files were made.');
  }
  lap(mode === 'themes' ? 'result' : 'files');
} else if (mode === 'extend') {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-scale-project-'));
  const vectors = source
    ? async (texts: readonly string[]) => {
        const got = await source(texts);
        counted.embedded += got.embedded;
        counted.fromCache += got.fromCache;
        return got;
      }
    : wordsOnly;
  const store = new SynthesisProjectStore({ dataDir, vectors });
  const textsOf = async (list: string[]) =>
    Promise.all(list.map(async (f) => ({ name: path.basename(f), text: await readFile(f, 'utf8') })));
  const created = await store.create('Scale', await textsOf(files.slice(0, n)), 'Bench');
  lap('create');
  // A reviewed project: the largest question's first two themes merged, the result renamed and approved.
  const question = [...created.review.coding.questions].sort((a, b) => b.themes.length - a.themes.length)[0];
  const [first, second] = question.themes;
  if (!second) throw new Error('The project has no question with two themes to merge.');
  const decisions = [
    { name: 'mergeThemes', args: { into: first.id, from: [second.id] } },
    { name: 'renameTheme', args: { themeId: first.id, headline: 'Merged and renamed by the benchmark' } },
    { name: 'setApproved', args: { themeId: first.id, approved: true } },
  ] as const;
  for (const op of decisions) await store.decide(created.review.id, op as never);
  lap('review');
  counted.embedded = 0;
  counted.fromCache = 0;
  const more = await textsOf(files.slice(n, n + 10));
  const after = await store.addFiles(created.review.id, more);
  lap('add10');
  notes = after.notes.length;
  const kept = after.review.coding.questions.flatMap((q) => q.themes).find((t) => t.id === first.id);
  if (!kept?.approved || kept.headline !== 'Merged and renamed by the benchmark')
    throw new Error('The review decisions were not kept when exports were added.');
  await rm(dataDir, { recursive: true, force: true });
} else throw new Error(`Unknown mode "${mode}": scratch, themes or extend.`);

const result: ScaleRunResult = {
  phases,
  cpu,
  notes,
  ...counted,
  // maxRSS is in kilobytes.
  peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(JSON.stringify(result));
