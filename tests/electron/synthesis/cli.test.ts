import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import {
  MERGED_NOTES_HEADER,
  mergedNoteRow,
  SHARED_NOTES_HEADER,
  sharedNoteRow,
} from '../../../shared/synthesis/files';
import { shareableNotes, shareableSynthesis } from '../../../shared/synthesis/shareable';

// The organisers' command line as they run it: a folder of exports (one of them bad, one in a
// sub-folder) in, the merged files out, read back by a real CSV parser and by ExcelJS.

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
let dir: string;
let result: ReturnType<typeof spawnSync>;
let out: string;
const good = [generatedExport(1, 40), generatedExport(2, 40)];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-cli-'));
  await mkdir(path.join(dir, 'in', 'second-laptop'), { recursive: true });
  await writeFile(path.join(dir, 'in', 'one.roundtable-export.json'), JSON.stringify(good[0]));
  await writeFile(
    path.join(dir, 'in', 'second-laptop', 'two.roundtable-export.json'),
    JSON.stringify(good[1], null, 2),
  );
  const tampered = {
    ...good[1],
    session: { ...good[1].session, id: 'session:tampered' },
    event: { ...good[1].event, name: 'Changed by hand' },
  };
  await writeFile(path.join(dir, 'in', 'tampered.json'), JSON.stringify(tampered));
  await writeFile(path.join(dir, 'in', 'notes.txt'), 'not an export, and not a .json file: ignored');
  out = path.join(dir, 'out');
  result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts', 'roundtable.mjs'),
      'synthesise',
      path.join(dir, 'in'),
      '--out',
      out,
      '--vector-cache',
      path.join(dir, 'cache'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
}, 180_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npx roundtable synthesise', () => {
  it('processes the good files, names the bad one with its reason, and exits 1', async () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tampered.json');
    expect(result.stderr).toContain('was changed after it was exported');
    expect(result.stdout).toContain('Synthesised 2 session exports');
    // Every note themed, by the shipped sentence model, whose vectors are kept in the cache folder.
    expect(result.stdout).toMatch(
      /Every one of the \d+ notes themed by meaning and shared words \(\d+ texts embedded now, 0 read from the cache\)/,
    );
    expect((await readdir(out)).sort().map((n) => n.replace(/^\d{4}-\d\d-\d\d-/, ''))).toEqual([
      'synthesis-codebook.csv',
      'synthesis-codebook.json',
      'synthesis-coded-notes.csv',
      'synthesis-coded-notes.parquet',
      'synthesis-counts.csv',
      'synthesis-cross-tabs.csv',
      'synthesis-notes.csv',
      'synthesis.json',
      'synthesis.xlsx',
      'what-staff-have-told-us.html',
    ]);
  });

  it('writes a shareable notes CSV: what was said, without the notes of a withheld count, nor staff group, sector, table or dots', async () => {
    const builder = new SynthesisBuilder();
    good.forEach((g, i) => builder.add(g, String(i)));
    const name = (await readdir(out)).find((n) => n.endsWith('synthesis-notes.csv'))!;
    const rows = parse(await readFile(path.join(out, name), 'utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(SHARED_NOTES_HEADER);
    const shared = shareableNotes(shareableSynthesis(builder.result()), builder.quotedNoteRows());
    expect(rows.slice(1)).toEqual(shared.map((n) => sharedNoteRow(n).map((c) => (c === null ? '' : String(c)))));
    const participant = good.flatMap((g) => g.notes).filter((n) => n.countsAsInput).length;
    expect(rows.length - 1).toBeLessThan(participant); // a question's public notes read "<5", so theirs are withheld
    expect(rows.length - 1).toBeGreaterThan(0);
  });

  it('writes the raw files only when asked, named raw, with one row per note and the exact figures', async () => {
    const rawOut = path.join(dir, 'raw-out');
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts', 'roundtable.mjs'),
        'synthesise',
        path.join(dir, 'in', 'second-laptop'),
        '--out',
        rawOut,
        '--raw',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(0);
    const names = (await readdir(rawOut)).map((n) => n.replace(/^\d{4}-\d\d-\d\d-/, '')).sort();
    expect(names).toEqual([
      'raw-synthesis-codebook.csv',
      'raw-synthesis-codebook.json',
      'raw-synthesis-coded-notes.csv',
      'raw-synthesis-coded-notes.parquet',
      'raw-synthesis-cross-tabs.csv',
      'raw-synthesis-notes.csv',
      'raw-synthesis.json',
      'synthesis-codebook.csv',
      'synthesis-codebook.json',
      'synthesis-coded-notes.csv',
      'synthesis-coded-notes.parquet',
      'synthesis-counts.csv',
      'synthesis-cross-tabs.csv',
      'synthesis-notes.csv',
      'synthesis.json',
      'synthesis.xlsx',
      'what-staff-have-told-us.html',
    ]);
    const builder = new SynthesisBuilder();
    builder.add(good[1], 'two');
    const rawName = (await readdir(rawOut)).find((n) => n.endsWith('raw-synthesis-notes.csv'))!;
    const rows = parse(await readFile(path.join(rawOut, rawName), 'utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(MERGED_NOTES_HEADER);
    expect(rows.slice(1)).toEqual(
      builder.quotedNoteRows().map((n) => mergedNoteRow(n).map((c) => (c === null ? '' : String(c)))),
    );
    const rawJson = JSON.parse(
      await readFile(
        path.join(
          rawOut,
          (await readdir(rawOut)).find((n) => n.endsWith('raw-synthesis.json'))!,
        ),
        'utf8',
      ),
    );
    expect(rawJson.raw).toBe(true);
    expect(rawJson.totals.participantNotes).toBe(builder.result().totals.participantNotes);
  }, 120_000);

  it('writes a workbook ExcelJS reads back with the same notes and counts shown as people may read them', async () => {
    const name = (await readdir(out)).find((n) => n.endsWith('.xlsx'))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, name));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Themes',
      'Counts',
      'Ratings',
      'Notes',
      'Codebook',
      'Coded notes',
      'Cross-tabs',
    ]);
    const builder = new SynthesisBuilder();
    good.forEach((g, i) => builder.add(g, String(i)));
    const notes = book.getWorksheet('Notes')!;
    expect(notes.rowCount - 1).toBe(shareableNotes(shareableSynthesis(builder.result()), builder.noteRows()).length);
    const counts = book.getWorksheet('Counts')!.getSheetValues().slice(2) as unknown[][];
    const shown = counts.map((r) => r[4]);
    expect(shown.every((v) => v === '<5' || v === '[c]' || v === 0 || Number(v) >= 5)).toBe(true);
  });

  it('writes the report with each question’s themes', async () => {
    const name = (await readdir(out)).find((n) => n.endsWith('.html'))!;
    const html = await readFile(path.join(out, name), 'utf8');
    expect(html).toContain('<h1>What staff have told us so far</h1>');
    expect(html).toContain(good[0].exercises[0].title);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('exits 2 with the usage when told nothing to read', () => {
    const bare = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'roundtable.mjs'), 'synthesise', '--out', out],
      { encoding: 'utf8' },
    );
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Name at least one export file or folder');
  });
});
