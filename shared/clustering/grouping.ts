import type { Cluster, SessionDocument } from '../document/schema';
import { newId, type BoardId, type ClusterId, type NoteId } from '../ids';
import { operation, type Operation } from '../operations/operation';
import { fail, ok, type Result } from '../result';

// What grouping asks of the document, worked out once for the board, the list view and the
// suggestions: each gesture becomes one operation, so one undo step.

/** The headline a new group starts with, until the table names it. */
export const UNTITLED_GROUP = 'Untitled group';
/** A batch holds at most 50 steps: one per group emptied, plus the move itself. */
const MAX_EMPTIED = 45;

/** A new, empty cluster record for a board, ordered after the board's others. */
export function newCluster(doc: SessionDocument, boardId: BoardId, headline = UNTITLED_GROUP): Cluster {
  const orders = Object.values(doc.clusters)
    .filter((c) => c.boardId === boardId)
    .map((c) => c.order);
  return {
    id: newId('cluster'),
    boardId,
    headline,
    subPoints: [],
    quoteNoteId: null,
    order: orders.length ? Math.max(...orders) + 1 : 0,
  };
}

/** The notes of each cluster of a board, by cluster id. */
export function clusterMembers(doc: SessionDocument, boardId: BoardId): Map<ClusterId, NoteId[]> {
  const members = new Map<ClusterId, NoteId[]>();
  for (const note of Object.values(doc.notes)) {
    if (note.boardId === boardId && note.clusterId)
      members.set(note.clusterId, [...(members.get(note.clusterId) ?? []), note.id]);
  }
  return members;
}

/** Where Group puts a selection: the largest group some of it is already in (so Group adds to it), or null for a new group. */
export function groupToJoin(doc: SessionDocument, noteIds: readonly NoteId[]): ClusterId | null {
  const sizes = new Map<ClusterId, number>();
  for (const id of noteIds) {
    const cluster = doc.notes[id]?.clusterId;
    if (cluster) sizes.set(cluster, 0);
  }
  for (const note of Object.values(doc.notes))
    if (note.clusterId && sizes.has(note.clusterId)) sizes.set(note.clusterId, sizes.get(note.clusterId)! + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || doc.clusters[a[0]].order - doc.clusters[b[0]].order);
  return ranked[0]?.[0] ?? null;
}

export interface MembershipPlan {
  operation: Operation;
  /** The cluster the notes are now in, or null when they left their groups. */
  clusterId: ClusterId | null;
  /** Groups removed because all their notes left them. */
  emptied: ClusterId[];
}

/**
 * The one operation that puts `noteIds` into `into`: an existing cluster, a new cluster
 * record (created around them), or null (out of any group). Groups the notes leave empty
 * are ungrouped first, so nothing empty is left behind and undo brings each back whole.
 */
export function planMembership(
  doc: SessionDocument,
  noteIds: readonly NoteId[],
  into: ClusterId | Cluster | null,
): Result<MembershipPlan> {
  const ids = [...new Set(noteIds)];
  if (ids.length === 0) return fail('invalid-input', 'Select the notes to group first.');
  const notes = ids.map((id) => doc.notes[id]);
  if (notes.some((n) => !n)) return fail('not-found', 'Some of these notes were deleted. Select them again.');
  if (notes.some((n) => n.kind === 'reference'))
    return fail('invalid-input', 'Reference cards are the deck’s own words, not the table’s: they stay out of groups.');
  const boardId = notes[0].boardId;
  if (notes.some((n) => n.boardId !== boardId))
    return fail('invalid-input', 'Only notes on the same board can be grouped.');
  const fresh = into !== null && typeof into === 'object' ? into : null;
  const target = fresh ? fresh.id : (into as ClusterId | null);
  if (!fresh && target && !doc.clusters[target]) return fail('not-found', 'That group no longer exists.');
  const movers = notes.filter((n) => n.clusterId !== target);
  if (movers.length === 0)
    return fail('invalid-input', target ? 'These notes are already in that group.' : 'These notes are in no group.');

  const leaving = new Set(movers.map((n) => n.id));
  const emptied = [...clusterMembers(doc, boardId)]
    .filter(([id, members]) => id !== target && members.every((m) => leaving.has(m)))
    .map(([id]) => id);
  if (emptied.length > MAX_EMPTIED)
    return fail('invalid-input', `These notes come from more than ${MAX_EMPTIED} groups. Group them in smaller sets.`);
  const gone = new Set<ClusterId | null>(emptied);
  const steps: Operation[] = emptied.map((clusterId) => operation('deleteCluster', { clusterId }));
  const stillGrouped = movers.filter((n) => n.clusterId !== null && !gone.has(n.clusterId)).map((n) => n.id);
  if (fresh) {
    if (stillGrouped.length > 0) steps.push(operation('setNoteCluster', { noteIds: stillGrouped, clusterId: null }));
    steps.push(operation('createCluster', { cluster: fresh, noteIds: ids }));
  } else if (target) {
    steps.push(operation('setNoteCluster', { noteIds: movers.map((n) => n.id), clusterId: target }));
  } else if (stillGrouped.length > 0) {
    steps.push(operation('setNoteCluster', { noteIds: stillGrouped, clusterId: null }));
  }
  const single = steps.length === 1 ? steps[0] : operation('batch', { operations: steps });
  return ok({ operation: single, clusterId: target, emptied });
}
