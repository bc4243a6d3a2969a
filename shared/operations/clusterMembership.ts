import type { ClusterId, NoteId } from '../ids';
import type { SessionDocument } from '../document/schema';
import { fail } from '../result';
import type { Operation } from './operation';
import { defineOperation, missing, ok } from './definition';

// Moving notes into, between and out of clusters once a cluster exists: dropping a note
// onto a group, adding the selection to one, taking a note out of its theme.

/** The inverse is one batch step per cluster the notes came from, and a batch holds at most 50 steps. */
const MAX_SOURCE_CLUSTERS = 24;

/** The notes of `noteIds` by the cluster each is in now (null for none), leaving out those already in `target`. */
function bySourceCluster(
  doc: SessionDocument,
  noteIds: readonly NoteId[],
  target: ClusterId | null,
): Map<ClusterId | null, NoteId[]> {
  const groups = new Map<ClusterId | null, NoteId[]>();
  for (const id of new Set(noteIds)) {
    const from = doc.notes[id]?.clusterId ?? null;
    if (from !== target) groups.set(from, [...(groups.get(from) ?? []), id]);
  }
  return groups;
}

/**
 * Puts notes in a cluster (or, with `clusterId` null, in none), wherever they were before.
 * A cluster whose quote leaves it loses its quote. A cluster that would be left with no
 * notes should be ungrouped first (`deleteCluster`, then this, in one batch), so undo can
 * recreate it around its notes.
 */
export const setNoteCluster = defineOperation({ name: 'setNoteCluster', describe: 'Change group' }).as({
  apply(doc, { noteIds, clusterId }) {
    const target = clusterId ? doc.clusters[clusterId] : null;
    if (clusterId && !target) return missing('cluster', clusterId);
    const moving = new Set(noteIds);
    const notes = { ...doc.notes };
    for (const id of moving) {
      const note = notes[id];
      if (!note) return missing('note', id);
      if (target && note.boardId !== target.boardId)
        return fail('invalid-input', 'Only notes on the same board as the group can join it.');
      notes[id] = { ...note, clusterId };
    }
    if (bySourceCluster(doc, noteIds, clusterId).size > MAX_SOURCE_CLUSTERS) {
      return fail(
        'invalid-input',
        `These notes come from more than ${MAX_SOURCE_CLUSTERS} groups. Move them in smaller sets.`,
      );
    }
    const clusters = { ...doc.clusters };
    for (const c of Object.values(doc.clusters)) {
      if (c.id !== clusterId && c.quoteNoteId !== null && moving.has(c.quoteNoteId))
        clusters[c.id] = { ...c, quoteNoteId: null };
    }
    return ok({ ...doc, notes, clusters });
  },
  invert(before, { noteIds, clusterId }) {
    const moving = new Set(noteIds);
    const steps: Operation[] = [];
    for (const [from, ids] of bySourceCluster(before, noteIds, clusterId))
      steps.push({ name: 'setNoteCluster', args: { noteIds: ids, clusterId: from } });
    for (const c of Object.values(before.clusters)) {
      if (c.id !== clusterId && c.quoteNoteId !== null && moving.has(c.quoteNoteId)) {
        steps.push({ name: 'updateCluster', args: { clusterId: c.id, changes: { quoteNoteId: c.quoteNoteId } } });
      }
    }
    // Every note was already there: undoing changes nothing either.
    if (steps.length === 0) return { name: 'setNoteCluster', args: { noteIds, clusterId } };
    return steps.length === 1 ? steps[0] : { name: 'batch', args: { operations: steps } };
  },
});
