import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExportFile } from '../../../shared/export/files';
import { RAW_CODED_NOTES_HEADER, SHARED_CODED_NOTES_HEADER } from '../../../shared/synthesis/outputs/codedNotes';
import type { RawCodedNote, SharedCodedNote } from '../../../shared/synthesis/outputs/schema';
import { synthesisOutputs } from '../../../shared/synthesis/outputs/outputs';
import type { Coding } from '../../../shared/synthesis/coding';
import type { MergedNote, Synthesis } from '../../../shared/synthesis/types';

// The coded notes as Apache Parquet (hyparquet-writer: pure JavaScript, about 1 MB installed),
// so DuckDB, Spark or BigQuery load a national dataset directly: the same columns and rows as
// the coded notes CSV, text as UTF-8 strings and is_quote as a boolean, Snappy-compressed.

export const PARQUET_MEDIA_TYPE = 'application/vnd.apache.parquet';

export function codedNotesParquetBytes(
  notes: readonly (RawCodedNote | SharedCodedNote)[],
  raw: boolean,
  appVersion: string,
): Uint8Array {
  const header: readonly string[] = raw ? RAW_CODED_NOTES_HEADER : SHARED_CODED_NOTES_HEADER;
  const rows = notes as readonly Record<string, string | boolean>[];
  const buffer = parquetWriteBuffer({
    columnData: header.map((name) =>
      name === 'is_quote'
        ? { name, data: rows.map((r) => r[name] as boolean), type: 'BOOLEAN', nullable: false }
        : { name, data: rows.map((r) => r[name] as string), type: 'STRING', nullable: false },
    ),
    kvMetadata: [
      { key: 'roundtable.type', value: 'roundtable.codedNotes' },
      { key: 'roundtable.raw', value: String(raw) },
    ],
    createdBy: `Roundtable ${appVersion}`,
  });
  return new Uint8Array(buffer);
}

/** The coded notes Parquet file, named as the CSV is (`-raw-` when raw). */
export function codedNotesParquet(
  notes: readonly (RawCodedNote | SharedCodedNote)[],
  options: { generatedAt: string; appVersion: string; raw: boolean },
): ExportFile {
  const bytes = codedNotesParquetBytes(notes, options.raw, options.appVersion);
  return {
    name: `${options.generatedAt.slice(0, 10)}-${options.raw ? 'raw-' : ''}synthesis-coded-notes.parquet`,
    mediaType: PARQUET_MEDIA_TYPE,
    content: Buffer.from(bytes).toString('base64'),
    encoding: 'base64',
  };
}

/** The coded notes Parquet file for a coding: the shareable one, and with `raw` the raw one too. */
export function codedNotesParquetFiles(
  synthesis: Synthesis,
  notes: readonly MergedNote[],
  coding: Coding,
  options: { generatedAt: string; appVersion: string; raw?: boolean },
): ExportFile[] {
  return (options.raw ? [false, true] : [false]).map((raw) =>
    codedNotesParquet(synthesisOutputs(synthesis, notes, coding, { raw }).codedNotes, { ...options, raw }),
  );
}
