import type { SessionExport } from './schema';
import { ratingCells, shown } from './suppression';

// The flat files for spreadsheets and analytical engines: RFC 4180 (quoted where needed,
// CRLF line ends), UTF-8 with a byte-order mark so Excel reads the text right, and safe
// against formula injection: a cell starting with = + - @ (or a tab or CR) gets a leading
// apostrophe, so Excel and LibreOffice show it as text instead of running it. Control
// characters (NUL included) are dropped, the same ones the XLSX writer drops: tab, line feed
// and carriage return stay.

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export type Cell = string | number | boolean | null;

/** One cell as RFC 4180 writes it, made safe from formula injection. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value).replace(CONTROL_CHARACTERS, '');
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, header row, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** What a cell held before csvCell protected it: the reader's side of the apostrophe rule. */
export function unprotectCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export function context(data: SessionExport) {
  const exercises = new Map(data.exercises.map((e) => [e.id, e]));
  const tables = new Map(data.tables.map((t) => [t.id, t.name]));
  const clusters = new Map(data.clusters.map((c) => [c.id, c.headline]));
  const notes = new Map(data.notes.map((n) => [n.id, n]));
  const zones = new Map(data.zones.map((z) => [z.id, z.label]));
  const tableName = (id: string | null) => (id === null ? 'Room' : (tables.get(id) ?? ''));
  return { exercises, tables, clusters, notes, zones, tableName };
}

export const NOTES_CSV_HEADER = [
  'session_id',
  'event_name',
  'event_date',
  'exercise_order',
  'exercise',
  'table',
  'zone',
  'note_id',
  'text',
  'staff_group',
  'sector',
  'source',
  'is_quote',
  'severity',
  'tag',
  'cluster_id',
  'cluster_headline',
  'dots',
  'created_at',
] as const;

/**
 * notes.csv: one row per participant note, its dots as people may read them ("<5" for 1 to 4). Reference cards (the deck's own stimulus text) are
 * left out, so counting rows counts what people said; the JSON keeps them, marked.
 */
export function notesCsv(data: SessionExport): string {
  return toCsv(NOTES_CSV_HEADER, noteRows(data));
}

/** The rows of notes.csv (and of the workbook's Notes sheet): one per participant note. */
export function noteRows(data: SessionExport): Cell[][] {
  const { exercises, clusters, tableName } = context(data);
  return data.notes
    .filter((n) => n.countsAsInput)
    .map((n) => {
      const exercise = exercises.get(n.exerciseId);
      return [
        data.session.id,
        data.event.name,
        data.event.date,
        exercise ? exercise.order + 1 : null,
        exercise?.title ?? '',
        tableName(n.tableId),
        n.zoneLabel,
        n.id,
        n.text,
        n.staffGroup,
        n.sector,
        n.source,
        n.isQuote,
        n.severity,
        n.tag,
        n.clusterId,
        n.clusterId ? (clusters.get(n.clusterId) ?? null) : null,
        shown(n.dots),
        n.createdAt,
      ];
    });
}

export const VOTES_CSV_HEADER = [
  'session_id',
  'exercise_order',
  'exercise',
  'table',
  'board_id',
  'revealed',
  'vote_type',
  'note_id',
  'note_text',
  'zone',
  'rating',
  'phase',
  'option',
  'count',
] as const;

/** votes.csv: counts only, one row per note's dots, per rating value of a zone, per stance option. */
export function votesCsv(data: SessionExport): string {
  return toCsv(VOTES_CSV_HEADER, voteRows(data));
}

/** The rows of votes.csv (and of the workbook's Votes sheet). */
export function voteRows(data: SessionExport): Cell[][] {
  const { exercises, notes, tableName } = context(data);
  return data.votes.flatMap((board) => {
    const exercise = exercises.get(board.exerciseId);
    const lead = [
      data.session.id,
      exercise ? exercise.order + 1 : null,
      exercise?.title ?? '',
      tableName(board.tableId),
      board.boardId,
      board.revealed,
    ];
    return [
      ...board.dots.map((d) => [
        ...lead,
        'dot',
        d.noteId,
        notes.get(d.noteId)?.text ?? '',
        notes.get(d.noteId)?.zoneLabel ?? null,
        null,
        null,
        null,
        shown(d.count),
      ]),
      ...board.ratings.flatMap((r) =>
        ratingCells(r.distribution).map((count, i) => [
          ...lead,
          'rating',
          null,
          null,
          r.zoneLabel,
          i + 1,
          null,
          null,
          count,
        ]),
      ),
      ...board.stances.map((s) => [...lead, 'stance', null, null, null, null, s.phase, s.option, shown(s.count)]),
    ];
  });
}
