import type { SessionDocument } from '../document/schema';
import type { OperationName } from './operation';

type Kind = 'notes' | 'clusters' | 'links';

/** What a locked board keeps still: its notes and what is drawn from them. Votes follow the board's voting state instead. */
const GUARDED: readonly Kind[] = ['notes', 'clusters', 'links'];

/**
 * Operations that replace whole parts of a session rather than edit a board's contents:
 * removing an exercise or table (undoable) and restoring a saved version.
 */
export const STRUCTURAL_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'restoreVersion',
  'removeExercise',
  'removeTable',
  'addExercise',
  'addTable',
  'addRoomBoard',
  'removeRoomBoard',
]);

/**
 * The title of a locked board whose notes, clusters or links differ between `before` and
 * `after`, or null. Records are replaced only when they change, so comparing references
 * finds every change without comparing contents.
 */
export function lockedBoardChanged(before: SessionDocument, after: SessionDocument): string | null {
  const locked = new Set(
    Object.values(before.boards)
      .filter((b) => b.locked)
      .map((b) => b.id as string),
  );
  if (locked.size === 0) return null;
  for (const kind of GUARDED) {
    const was = before[kind] as Record<string, { boardId: string }>;
    const now = after[kind] as Record<string, { boardId: string }>;
    if (was === now) continue;
    for (const [id, record] of Object.entries(now)) {
      if (was[id] !== record && (locked.has(record.boardId) || (was[id] && locked.has(was[id].boardId))))
        return titleOf(before, record.boardId);
    }
    for (const [id, record] of Object.entries(was)) {
      if (!(id in now) && locked.has(record.boardId)) return titleOf(before, record.boardId);
    }
  }
  return null;
}

function titleOf(doc: SessionDocument, boardId: string): string {
  const board = doc.boards[boardId as never];
  const exercise = board && doc.exercises[board.exerciseId];
  const table = board?.tableId ? doc.tables[board.tableId]?.name : 'the room board';
  return `${exercise?.title ?? 'This board'} (${table ?? 'a table'})`;
}
