import { toCsv, type Cell } from '../export/csv';
import type { ExportFile } from '../export/files';
import { synthesisReportHtml } from './report';
import type { Coding } from './coding';
import { outputFiles } from './outputs/outputFiles';
import { synthesisOutputs } from './outputs/outputs';
import { shareableNotes, shareableSynthesis, type ShareableSynthesis } from './shareable';
import type { MergedNote, Synthesis } from './types';

// The merged dataset as files. Shareable, always: the synthesis JSON, the notes CSV (what was
// said, with the notes of any withheld count left out) and the counts CSV, every count as
// people may read it (shared/synthesis/shareable.ts), and the report. Raw, only when asked for
// and named so: the exact synthesis and one row per note with staff group, sector, table and
// dots, for analysts. Given a coding, the analysis outputs too (shared/synthesis/outputs/): the
// codebook, the coded notes and the cross-tabs, shareable, and raw when asked for. The workbook
// (XLSX) and the coded notes as Parquet are written in Node (electron/services/synthesis/).

export const SHARED_NOTES_HEADER = [
  'event_name',
  'event_date',
  'template_id',
  'exercise',
  'zone',
  'group',
  'audience',
  'is_quote',
  'text',
];

export function sharedNoteRow(n: MergedNote): Cell[] {
  return [n.eventName, n.eventDate, n.templateId, n.exercise, n.zone, n.group, n.audience, n.isQuote, n.text];
}

export const SYNTHESIS_TYPE = 'roundtable.synthesis';
export const SYNTHESIS_SCHEMA_VERSION = 1;

export const MERGED_NOTES_HEADER = [
  'session_id',
  'event_name',
  'event_date',
  'shift',
  'template_id',
  'exercise',
  'table',
  'zone',
  'group',
  'audience',
  'staff_group',
  'sector',
  'is_quote',
  'dots',
  'unrevealed_dots',
  'text',
];

export function mergedNoteRow(n: MergedNote): Cell[] {
  return [
    n.sessionId,
    n.eventName,
    n.eventDate,
    n.shift,
    n.templateId,
    n.exercise,
    n.table,
    n.zone,
    n.group,
    n.audience,
    n.staffGroup,
    n.sector,
    n.isQuote,
    n.dots,
    n.unrevealedDots,
    n.text,
  ];
}

export const COUNTS_HEADER = ['dimension', 'code', 'label', 'count'];

/** Every count table as rows, each count as people may read it ("<5" for 1 to 4, "[c]" withheld). */
export function countRows(synthesis: ShareableSynthesis): Cell[][] {
  const dimensions = [
    ['staff_group', synthesis.counts.staffGroup],
    ['sector', synthesis.counts.sector],
    ['shift', synthesis.counts.shift],
    ['template', synthesis.counts.template],
    ['table', synthesis.counts.table],
    ['participants_by_staff_group', synthesis.counts.participantsByStaffGroup],
    ['participants_by_sector', synthesis.counts.participantsBySector],
  ] as const;
  return dimensions.flatMap(([dimension, rows]) => rows.map((r) => [dimension, r.code, r.label, r.count]));
}

/** The synthesis JSON (shareable, or `raw` with exact counts): the synthesis and the sources it was made from. */
export function synthesisJson(
  synthesis: ShareableSynthesis | Synthesis,
  generatedAt: string,
  appVersion: string,
  raw = false,
): string {
  return (
    JSON.stringify(
      {
        type: SYNTHESIS_TYPE,
        schemaVersion: SYNTHESIS_SCHEMA_VERSION,
        raw,
        app: { name: 'Roundtable', version: appVersion },
        generatedAt,
        ...synthesis,
      },
      null,
      2,
    ) + '\n'
  );
}

export interface SynthesisFileOptions {
  generatedAt: string;
  appVersion: string;
  raw?: boolean;
  /** The themes every note is in: with it come the codebook, the coded notes and the cross-tabs, and the report's themes. */
  coding?: Coding;
}

/** The files every synthesis gives (the workbook and Parquet are added in Node); the raw ones only with `raw: true`. */
export function synthesisFiles(
  synthesis: Synthesis,
  notes: readonly MergedNote[],
  options: SynthesisFileOptions,
): ExportFile[] {
  const date = options.generatedAt.slice(0, 10);
  const shared = shareableSynthesis(synthesis);
  const codebook = options.coding ? synthesisOutputs(synthesis, notes, options.coding) : null;
  const files: ExportFile[] = [
    {
      name: `${date}-synthesis.json`,
      mediaType: 'application/json',
      content: synthesisJson(shared, options.generatedAt, options.appVersion),
    },
    {
      name: `${date}-synthesis-notes.csv`,
      mediaType: 'text/csv',
      content: toCsv(SHARED_NOTES_HEADER, shareableNotes(shared, notes).map(sharedNoteRow)),
    },
    {
      name: `${date}-synthesis-counts.csv`,
      mediaType: 'text/csv',
      content: toCsv(COUNTS_HEADER, countRows(shared)),
    },
    {
      name: `${date}-what-staff-have-told-us.html`,
      mediaType: 'text/html',
      content: synthesisReportHtml(shared, options.generatedAt, codebook?.codebook),
    },
    ...(codebook ? outputFiles(codebook, options) : []),
  ];
  if (!options.raw) return files;
  const rawOutputs = options.coding ? synthesisOutputs(synthesis, notes, options.coding, { raw: true }) : null;
  return [
    ...files,
    ...(rawOutputs ? outputFiles(rawOutputs, options) : []),
    {
      name: `${date}-raw-synthesis.json`,
      mediaType: 'application/json',
      content: synthesisJson(synthesis, options.generatedAt, options.appVersion, true),
    },
    {
      name: `${date}-raw-synthesis-notes.csv`,
      mediaType: 'text/csv',
      content: toCsv(MERGED_NOTES_HEADER, notes.map(mergedNoteRow)),
    },
  ];
}
