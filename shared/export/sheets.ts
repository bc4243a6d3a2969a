import { SECTORS, SHIFTS, STAFF_GROUPS, INPUT_SOURCES } from '../document/taxonomy';
import { context, NOTES_CSV_HEADER, noteRows, VOTES_CSV_HEADER, voteRows, type Cell } from './csv';
import type { SessionExport } from './schema';
import { meanShown, protectedCounts, ratingCells, shown, totalShown } from './suppression';

/** One sheet of the workbook: a header row and rows of plain values. */
export interface Sheet {
  name: string;
  header: readonly string[];
  rows: Cell[][];
}

const MAX_SCALE = 10;
const labelOf = (list: readonly { code: string; label: string }[], code: string | null) =>
  code ? (list.find((i) => i.code === code)?.label ?? code) : null;

/**
 * The export as a workbook's sheets: Notes and Votes hold exactly the CSVs' rows; Clusters
 * (theme, sub-points, one quote labelled with one staff group or sector, never a name),
 * Ratings (the distribution of each rated zone with its mean) and Summary (the event and
 * counts by staff group, sector and source) are what an organiser reads first.
 */
export function workbookSheets(data: SessionExport): Sheet[] {
  return [
    summarySheet(data),
    { name: 'Notes', header: NOTES_CSV_HEADER, rows: noteRows(data) },
    clusterSheet(data),
    { name: 'Votes', header: VOTES_CSV_HEADER, rows: voteRows(data) },
    ratingSheet(data),
  ];
}

function clusterSheet(data: SessionExport): Sheet {
  const { exercises, notes, tableName } = context(data);
  const boards = new Map(
    data.exercises.flatMap((e) => e.boards.map((b) => [b.id, { exercise: e, tableId: b.tableId }] as const)),
  );
  const rows = data.clusters.map((c) => {
    const board = boards.get(c.boardId);
    const quote = c.quote ? notes.get(c.quote.noteId) : undefined;
    const quoteLabel = quote ? (labelOf(STAFF_GROUPS, quote.staffGroup) ?? labelOf(SECTORS, quote.sector)) : null;
    const exercise = board ? exercises.get(board.exercise.id) : undefined;
    return [
      exercise ? exercise.order + 1 : null,
      exercise?.title ?? '',
      board ? tableName(board.tableId) : '',
      c.id,
      c.headline,
      c.subPoints.join('\n'),
      c.quote?.text ?? null,
      quoteLabel,
      shown(c.size),
    ];
  });
  return {
    name: 'Clusters',
    header: [
      'exercise_order',
      'exercise',
      'table',
      'cluster_id',
      'headline',
      'sub_points',
      'quote',
      'quote_label',
      'notes',
    ],
    rows,
  };
}

function ratingSheet(data: SessionExport): Sheet {
  const { exercises, tableName } = context(data);
  const rows = data.votes.flatMap((board) =>
    board.ratings.map((r) => {
      const exercise = exercises.get(board.exerciseId);
      // The cells, "rated by" and mean as people may read them: no mean beside a withheld cell.
      const cells = ratingCells(r.distribution);
      const total = totalShown(r.distribution);
      const mean = meanShown(r.distribution, cells);
      const counts = Array.from({ length: MAX_SCALE }, (_, i) => (i < r.scale ? (cells[i] ?? 0) : null));
      return [
        exercise ? exercise.order + 1 : null,
        exercise?.title ?? '',
        tableName(board.tableId),
        r.zoneLabel,
        r.scale,
        ...counts,
        total,
        mean,
        board.revealed,
      ];
    }),
  );
  const header = [
    'exercise_order',
    'exercise',
    'table',
    'zone',
    'scale',
    ...Array.from({ length: MAX_SCALE }, (_, i) => `rated_${i + 1}`),
    'total',
    'mean',
    'revealed',
  ];
  return { name: 'Ratings', header, rows };
}

function summarySheet(data: SessionExport): Sheet {
  const input = data.notes.filter((n) => n.countsAsInput);
  // Each breakdown sums to the participant notes shown above it, so it is protected as one list.
  const countBy = (
    list: readonly { code: string; label: string }[],
    pick: (n: (typeof input)[number]) => string | null,
    what: string,
  ): Cell[][] => {
    const rows = [
      ...list.map((item) => ({ label: item.label as string, n: input.filter((n) => pick(n) === item.code).length })),
      { label: 'Not recorded', n: input.filter((n) => pick(n) === null).length },
    ];
    const cells = protectedCounts(
      rows.map((r) => r.n),
      shown(input.length),
    );
    return rows.map((r, i): Cell[] => [`Notes by ${what}`, r.label, cells[i]]);
  };
  const rows: Cell[][] = [
    ['Event', 'Name', data.event.name],
    ['Event', 'Date', data.event.date],
    ['Event', 'Location', data.event.location],
    ['Event', 'Facilitator', data.event.facilitator],
    ['Event', 'Shift', labelOf(SHIFTS, data.event.shift)],
    ['Export', 'Exported at', data.exportedAt],
    ['Export', 'Roundtable version', data.app.version],
    ['Export', 'Content hash', data.contentHash],
    ['Export', 'Personal details check ran', data.piiCheck.ran],
    ['Totals', 'Tables', data.tables.length],
    ['Totals', 'Exercises', data.exercises.length],
    ['Totals', 'Participant notes', shown(input.length)],
    ['Totals', 'Clusters', data.clusters.length],
    ...countBy(STAFF_GROUPS, (n) => n.staffGroup, 'staff group'),
    ...countBy(SECTORS, (n) => n.sector, 'sector'),
    ...countBy(INPUT_SOURCES, (n) => n.source, 'source'),
  ];
  return { name: 'Summary', header: ['section', 'item', 'value'], rows };
}
