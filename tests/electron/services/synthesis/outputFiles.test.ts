import { DuckDBInstance } from '@duckdb/node-api';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSynthesisFiles, writeFiles } from '../../../../electron/synthesis/synthesiseFiles';
import { unprotectCell } from '../../../../shared/export/csv';
import { SynthesisBuilder } from '../../../../shared/synthesis/builder';
import { OUTPUT_SCHEMAS, outputSchemaText } from '../../../../scripts/lib/outputSchemaFiles';
import { EVENT_A, EVENT_B } from '../../../shared/synthesis/handMade';
import { HAND_CODING } from '../../../shared/synthesis/outputs/codings';

// The analysis outputs as files, written as the command line and the workspace write them: the
// coded notes' Parquet file loads in DuckDB with the CSV's rows and columns, the example query
// in docs/SYNTHESIS-FILES.md runs on it, every output validates against its published schema, the report
// traces each quote to its note and event, and LibreOffice opens the workbook's new sheets.

const OPTIONS = { generatedAt: '2026-11-02T09:00:00.000Z', appVersion: 'test', coding: HAND_CODING };

async function written(raw: boolean) {
  const builder = new SynthesisBuilder();
  builder.add(EVENT_A, 'a.json');
  builder.add(EVENT_B, 'b.json');
  const dir = mkdtempSync(path.join(tmpdir(), 'roundtable-outputs-'));
  const files = await allSynthesisFiles(builder, { ...OPTIONS, raw });
  await writeFiles(dir, files);
  return { dir, files, at: (name: string) => path.join(dir, `2026-11-02-${name}`) };
}

const csvRows = (file: string) =>
  (parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unprotectCell(v)])),
  );

async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

describe('synthesis output files', () => {
  it('the coded notes Parquet file loads in DuckDB with the same columns and rows as the CSV, raw and shareable', async () => {
    const { at } = await written(true);
    for (const kind of ['raw-synthesis', 'synthesis']) {
      const csv = csvRows(at(`${kind}-coded-notes.csv`));
      const rows = await duck(`select * from read_parquet('${at(`${kind}-coded-notes.parquet`)}')`);
      expect(rows.length).toBe(csv.length);
      const columns = await duck(`describe select * from read_parquet('${at(`${kind}-coded-notes.parquet`)}')`);
      const header = readFileSync(at(`${kind}-coded-notes.csv`), 'utf8')
        .replace('\uFEFF', '')
        .split('\r\n')[0];
      expect(columns.map((c) => c.column_name).join(',')).toBe(header);
      expect(columns.find((c) => c.column_name === 'is_quote')?.column_type).toBe('BOOLEAN');
      const asText = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));
      expect(asText).toEqual(csv);
    }
    expect(csvRows(at('raw-synthesis-coded-notes.csv'))).toHaveLength(9);
  });

  it('the DuckDB example in docs/SYNTHESIS-FILES.md runs on the raw Parquet file: theme prevalence by staff group across events', async () => {
    const { at } = await written(true);
    const doc = readFileSync(
      path.join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'SYNTHESIS-FILES.md'),
      'utf8',
    );
    const sql = /```sql\n(-- Theme prevalence by staff group[\s\S]*?)```/.exec(doc)?.[1];
    expect(sql, 'docs/SYNTHESIS-FILES.md has the query').toBeTruthy();
    const rows = await duck(
      sql!.replaceAll('2026-11-02-raw-synthesis-coded-notes.parquet', at('raw-synthesis-coded-notes.parquet')),
    );
    const nurses = rows.find((r) => r.theme_id === 't-1' && r.staff_group === 'nurse')!;
    expect([Number(nurses.notes), Number(nurses.events), nurses.notes_shown]).toEqual([3, 2, '<5']);
  });

  it('every output validates against its published schema, and the committed schemas are current', async () => {
    const { at } = await written(true);
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const [codebook, codedNote, crossTab] = OUTPUT_SCHEMAS.map((entry) => {
      expect(readFileSync(entry.file, 'utf8'), `${entry.file} is stale: npx tsx scripts/export-schema.ts`).toBe(
        outputSchemaText(entry),
      );
      return ajv.compile(JSON.parse(readFileSync(entry.file, 'utf8')));
    });
    const typed = (r: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          k === 'is_quote' ? v === 'true' : k === 'count' && /^\d+$/.test(v) ? Number(v) : v,
        ]),
      );
    for (const kind of ['raw-synthesis', 'synthesis']) {
      expect(
        codebook(JSON.parse(readFileSync(at(`${kind}-codebook.json`), 'utf8'))),
        JSON.stringify(codebook.errors),
      ).toBe(true);
      for (const row of csvRows(at(`${kind}-coded-notes.csv`)))
        expect(codedNote(typed(row)), JSON.stringify(codedNote.errors)).toBe(true);
      for (const row of csvRows(at(`${kind}-cross-tabs.csv`)))
        expect(crossTab(typed(row)), JSON.stringify(crossTab.errors)).toBe(true);
    }
  });

  it("the report shows the coding's themes, each quote with its note id and event", async () => {
    const { files } = await written(false);
    const report = files.find((f) => f.name.endsWith('what-staff-have-told-us.html'))!.content;
    expect(report).toContain('Not enough staff');
    expect(report).toContain('Bristol listening event (2026-11-01) · note <code>note:b2</code>');
    expect(files.some((f) => f.name.includes('raw'))).toBe(false);
  });

  it.skipIf(spawnSync('soffice', ['--version']).status !== 0)(
    "LibreOffice opens the workbook's Codebook, Coded notes and Cross-tabs sheets",
    async () => {
      const { dir, at } = await written(false);
      const out = path.join(dir, 'lo');
      const result = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          at('synthesis.xlsx'),
        ],
        { encoding: 'utf8', timeout: 180_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      // Calc shows a boolean cell as TRUE or FALSE where the CSV writes true or false.
      const sheet = (name: string) =>
        csvRows(path.join(out, `2026-11-02-synthesis-${name}.csv`)).map((r) =>
          Object.fromEntries(
            Object.entries(r).map(([k, v]) => [k, v === 'TRUE' || v === 'FALSE' ? v.toLowerCase() : v]),
          ),
        );
      expect(readdirSync(out)).toEqual(expect.arrayContaining(['2026-11-02-synthesis-Codebook.csv']));
      expect(sheet('Codebook')).toEqual(csvRows(at('synthesis-codebook.csv')));
      expect(sheet('Coded notes')).toEqual(csvRows(at('synthesis-coded-notes.csv')));
      expect(sheet('Cross-tabs')).toEqual(csvRows(at('synthesis-cross-tabs.csv')));
    },
    240_000,
  );
});
