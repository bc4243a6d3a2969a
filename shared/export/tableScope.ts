import type { SessionDocument } from '../document/schema';
import type { TableId } from '../ids';
import { fail, ok, type Result } from '../result';
import { recordsOnBoards } from '../operations/boardRecordSets';

const keyed = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((r) => [r.id, r]));

/**
 * The session cut down to one table: that table, its boards with everything on them, and the
 * exercises they belong to; no other table's notes and no room board. What "Export this
 * table" hands to the facilitator's laptop to merge.
 */
export function tableOnly(doc: SessionDocument, tableId: TableId): Result<SessionDocument> {
  const table = doc.tables[tableId];
  if (!table) return fail('not-found', 'That table is no longer in this session. Choose another table to export.');
  const boards = Object.values(doc.boards).filter((b) => b.tableId === tableId);
  const on = recordsOnBoards(doc, new Set<string>(boards.map((b) => b.id)));
  const exerciseIds = new Set<string>(boards.map((b) => b.exerciseId));
  return ok({
    ...doc,
    facilitation: { ...doc.facilitation, currentExerciseId: null },
    tables: { [tableId]: table },
    exercises: keyed(Object.values(doc.exercises).filter((e) => exerciseIds.has(e.id))),
    boards: keyed(boards),
    zones: keyed(on.zones),
    notes: keyed(on.notes),
    clusters: keyed(on.clusters),
    links: keyed(on.links),
    votes: keyed(on.votes),
  } as SessionDocument);
}
