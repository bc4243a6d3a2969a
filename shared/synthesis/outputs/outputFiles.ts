import { toCsv } from '../../export/csv';
import type { ExportFile } from '../../export/files';
import { CODEBOOK_HEADER, codebookRow } from './codebook';
import { codedNoteRows, RAW_CODED_NOTES_HEADER, SHARED_CODED_NOTES_HEADER } from './codedNotes';
import { CROSS_TABS_HEADER, crossTabRow } from './crossTabs';
import type { SynthesisOutputs } from './outputs';

// The analysis outputs as files: the codebook (JSON, and CSV with one row per theme), the coded
// notes (CSV; the Parquet file is written in Node) and the cross-tabs (CSV, one row per cell).
// Shareable ones are named plainly, raw ones carry "raw" in the name.

export const CODEBOOK_TYPE = 'roundtable.codebook';

export function codebookJson(outputs: SynthesisOutputs, generatedAt: string, appVersion: string): string {
  const doc = {
    type: CODEBOOK_TYPE,
    schemaVersion: 1,
    raw: outputs.raw,
    app: { name: 'Roundtable', version: appVersion },
    generatedAt,
    themes: outputs.codebook,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export function outputFiles(
  outputs: SynthesisOutputs,
  options: { generatedAt: string; appVersion: string },
): ExportFile[] {
  const base = `${options.generatedAt.slice(0, 10)}-${outputs.raw ? 'raw-' : ''}synthesis`;
  const notesHeader = outputs.raw ? RAW_CODED_NOTES_HEADER : SHARED_CODED_NOTES_HEADER;
  return [
    {
      name: `${base}-codebook.json`,
      mediaType: 'application/json',
      content: codebookJson(outputs, options.generatedAt, options.appVersion),
    },
    {
      name: `${base}-codebook.csv`,
      mediaType: 'text/csv',
      content: toCsv(CODEBOOK_HEADER, outputs.codebook.map(codebookRow)),
    },
    {
      name: `${base}-coded-notes.csv`,
      mediaType: 'text/csv',
      content: toCsv(notesHeader, codedNoteRows(outputs.codedNotes, notesHeader)),
    },
    {
      name: `${base}-cross-tabs.csv`,
      mediaType: 'text/csv',
      content: toCsv(CROSS_TABS_HEADER, outputs.crossTabs.map(crossTabRow)),
    },
  ];
}
