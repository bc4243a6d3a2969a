import { toCsv, type Cell } from '../export/csv';
import type { ExportFile } from '../export/files';
import { synthesisReportHtml } from './report';
import { shownCount, type MergedNote, type Synthesis } from './types';

// The merged dataset as files: one row per note for analysts, the counts as people read them
// ("<5"), the whole synthesis as JSON, and the report. The workbook (XLSX) is written in Node
// (electron/services/synthesis/synthesisWorkbook.ts), as the session export's is.

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
    n.text,
  ];
}

export const COUNTS_HEADER = ['dimension', 'code', 'label', 'count'];

/** Every count table as rows, each count as people may read it ("<5" for 1 to 4). */
export function countRows(synthesis: Synthesis): Cell[][] {
  const dimensions = [
    ['staff_group', synthesis.counts.staffGroup],
    ['sector', synthesis.counts.sector],
    ['shift', synthesis.counts.shift],
    ['template', synthesis.counts.template],
    ['table', synthesis.counts.table],
    ['participants_by_staff_group', synthesis.counts.participantsByStaffGroup],
  ] as const;
  return dimensions.flatMap(([dimension, rows]) => rows.map((r) => [dimension, r.code, r.label, shownCount(r.count)]));
}

/** The merged JSON: the synthesis and the sources it was made from (the note rows are in the CSV). */
export function synthesisJson(synthesis: Synthesis, generatedAt: string, appVersion: string): string {
  return (
    JSON.stringify(
      {
        type: SYNTHESIS_TYPE,
        schemaVersion: SYNTHESIS_SCHEMA_VERSION,
        app: { name: 'Roundtable', version: appVersion },
        generatedAt,
        ...synthesis,
      },
      null,
      2,
    ) + '\n'
  );
}

/** The files every synthesis gives (the workbook is added in Node). */
export function synthesisFiles(
  synthesis: Synthesis,
  notes: readonly MergedNote[],
  options: { generatedAt: string; appVersion: string },
): ExportFile[] {
  const date = options.generatedAt.slice(0, 10);
  return [
    {
      name: `${date}-synthesis.json`,
      mediaType: 'application/json',
      content: synthesisJson(synthesis, options.generatedAt, options.appVersion),
    },
    {
      name: `${date}-synthesis-notes.csv`,
      mediaType: 'text/csv',
      content: toCsv(MERGED_NOTES_HEADER, notes.map(mergedNoteRow)),
    },
    {
      name: `${date}-synthesis-counts.csv`,
      mediaType: 'text/csv',
      content: toCsv(COUNTS_HEADER, countRows(synthesis)),
    },
    {
      name: `${date}-what-staff-have-told-us.html`,
      mediaType: 'text/html',
      content: synthesisReportHtml(synthesis, options.generatedAt),
    },
  ];
}
