import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeScenario, type HandCount } from './scenario';

// The organiser scenario end to end: write the folder of exports, run `npx roundtable
// synthesise` on it, open the XLSX workbook and the counts CSV in headless LibreOffice (as an
// organiser opens them in a spreadsheet) and read back what LibreOffice shows.
//   npx tsx scripts/organiser/check.ts [folder]
// needs LibreOffice Calc (Debian: apt-get install libreoffice-calc).

const ROOT = path.join(import.meta.dirname, '..', '..');

export const hasLibreOffice = () => spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** A file converted to CSV by headless LibreOffice; for a workbook, one CSV per sheet (`<name>-<sheet>.csv`). */
function libreOfficeCsv(file: string, outDir: string, dir: string, allSheets: boolean): void {
  // 44,34,76: comma, double quote, UTF-8; the final -1 asks for every sheet (LibreOffice 7.2 and later).
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false${allSheets ? ',-1' : ''}`;
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      ...(allSheets ? [] : ['--infilter=CSV:44,34,76,1']),
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`LibreOffice could not open ${file}: ${result.stderr || result.error}`);
}

const readCsv = (file: string) =>
  parse(readFileSync(file, 'utf8'), { bom: true, relaxColumnCount: true }) as string[][];

export interface ScenarioRun {
  files: string[];
  expected: HandCount;
  cli: { status: number | null; stdout: string; stderr: string };
  /** The workbook's Summary sheet as LibreOffice shows it: measure → value. */
  summary: Record<string, string>;
  /** The counts CSV as LibreOffice reads it: `dimension|code` → shown count. */
  counts: Record<string, string>;
  /** Rows of the notes CSV as LibreOffice reads it (header excluded), when the synthesis writes it. */
  noteRows: number | null;
}

export async function runScenario(dir: string): Promise<ScenarioRun> {
  const input = path.join(dir, 'exports');
  const out = path.join(dir, 'results');
  const { files, expected } = await writeScenario(input);
  const cli = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'roundtable.mjs'), 'synthesise', input, '--out', out],
    {
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  const written = existsSync(out) ? readdirSync(out) : [];
  const find = (suffix: string) => written.find((n) => n.endsWith(suffix));
  const lo = path.join(dir, 'libreoffice');
  await mkdir(path.join(lo, 'book'), { recursive: true });
  await mkdir(path.join(lo, 'counts'), { recursive: true });
  await mkdir(path.join(lo, 'notes'), { recursive: true });
  const book = find('synthesis.xlsx');
  if (!book) throw new Error(`The synthesis wrote no workbook: ${cli.stderr}`);
  libreOfficeCsv(path.join(out, book), path.join(lo, 'book'), dir, true);
  const summaryFile = readdirSync(path.join(lo, 'book')).find((n) => n.endsWith('-Summary.csv'))!;
  const summary = Object.fromEntries(readCsv(path.join(lo, 'book', summaryFile)).map(([k, v]) => [k, v]));
  const countsName = find('synthesis-counts.csv')!;
  libreOfficeCsv(path.join(out, countsName), path.join(lo, 'counts'), dir, false);
  const counts = Object.fromEntries(
    readCsv(path.join(lo, 'counts', countsName))
      .slice(1)
      .map((r) => [`${r[0]}|${r[1]}`, r[3]]),
  );
  const notesName = find('synthesis-notes.csv');
  let noteRows: number | null = null;
  if (notesName) {
    libreOfficeCsv(path.join(out, notesName), path.join(lo, 'notes'), dir, false);
    noteRows = readCsv(path.join(lo, 'notes', notesName)).length - 1;
  }
  return {
    files,
    expected,
    cli: { status: cli.status, stdout: cli.stdout, stderr: cli.stderr },
    summary,
    counts,
    noteRows,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = path.resolve(process.argv[2] ?? 'organiser-scenario');
  const run = await runScenario(dir);
  process.stdout.write(`Files: ${run.files.join(', ')}\n${run.cli.stdout}\n`);
  process.stdout.write(`Hand count: ${JSON.stringify(run.expected, null, 2)}\n`);
  process.stdout.write(`LibreOffice, Summary sheet: ${JSON.stringify(run.summary, null, 2)}\n`);
  process.stdout.write(`LibreOffice, counts CSV: ${JSON.stringify(run.counts, null, 2)}\n`);
  process.stdout.write(`LibreOffice, notes CSV rows: ${run.noteRows}\n`);
}
