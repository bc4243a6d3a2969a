import type { SessionDocument } from '../document/schema';
import { zonesOfBoard } from '../document/geometry';
import type { ClusterId, ZoneId } from '../ids';
import { applyOperation, operation, type Operation } from '../operations/registry';
import { tidyGroupMoves, type NoteMove } from './tidy';
import { tidyBoardMoves } from './tidyBoard';

/** The steps of `op`: a batch's own operations, or `op` itself. */
export const stepsOf = (op: Operation): Operation[] =>
  op.name === 'batch' ? (op.args.operations as Operation[]) : [op];

/**
 * A grouping step with its gather: `op` (which puts notes in the group `clusterId`), then the
 * moves that bring all the group's notes together into a compact block in their zone (see
 * tidyGroupMoves), as one operation, so one undo takes back both the membership and the
 * moves. When the zone has no free spot for the block, the zone is laid out afresh to make
 * room (as Tidy board lays out a zone: its groups, then its notes, then its reference cards,
 * nobody's group changed). When even that cannot be done, or `op` cannot apply, `op` is
 * given back alone and nothing moves.
 */
export function withGather(
  doc: SessionDocument,
  op: Operation,
  clusterId: ClusterId,
  now: string,
): { operation: Operation; moves: NoteMove[] } {
  const grouped = applyOperation(doc, op, now);
  if (!grouped.ok) return { operation: op, moves: [] };
  const moves = tidyGroupMoves(grouped.value, clusterId) ?? makingRoom(grouped.value, clusterId);
  if (moves.length === 0) return { operation: op, moves: [] };
  return {
    operation: operation('batch', { operations: [...stepsOf(op), operation('moveNotes', { moves })] }),
    moves,
  };
}

/** Tidy board's layout of the zone most of the group's notes are in, that zone alone; no moves when it cannot be done. */
function makingRoom(doc: SessionDocument, clusterId: ClusterId): NoteMove[] {
  const cluster = doc.clusters[clusterId];
  if (!cluster) return [];
  const counts = new Map<ZoneId, number>();
  for (const n of Object.values(doc.notes))
    if (n.clusterId === clusterId && n.zoneId) counts.set(n.zoneId, (counts.get(n.zoneId) ?? 0) + 1);
  const home = zonesOfBoard(doc, cluster.boardId).reduce<ZoneId | null>(
    (best, z) => ((counts.get(z.id) ?? 0) > (best ? counts.get(best)! : 0) ? z.id : best),
    null,
  );
  if (!home) return [];
  const moves = tidyBoardMoves(doc, cluster.boardId, home);
  // Gathered only if every note of the group is moved into (or already sits in) that zone's layout.
  const moved = new Set(moves.map((m) => m.noteId));
  const members = Object.values(doc.notes).filter((n) => n.clusterId === clusterId);
  return members.every((n) => moved.has(n.id) || n.zoneId === home) ? moves : [];
}
