import type { Note, SessionDocument } from '../document/schema';
import { zoneAt, zonesOfBoard } from '../document/geometry';
import { LIMITS } from '../document/limits';
import { fail } from '../result';
import type { Operation } from './operation';
import { defineOperation, missing, ok } from './definition';
import { dependentsOfNotes } from './boardRecordOperations';

/** The note as it should be stored: its zone recomputed from where it now stands. */
function placed(doc: SessionDocument, note: Note): Note {
  return { ...note, zoneId: zoneAt(zonesOfBoard(doc, note.boardId), note.x, note.y) };
}

export const addNotes = defineOperation({ name: 'addNotes', describe: 'Add notes' }).as({
  apply(doc, { notes }) {
    const next = { ...doc.notes };
    // Counted once, not per note: a room adds its notes in batches to sessions of thousands.
    let count = Object.keys(next).length;
    for (const note of notes) {
      if (note.id in next) return fail('conflict', `A note with id ${note.id} already exists in this session.`);
      if (!(note.boardId in doc.boards)) return missing('board', note.boardId);
      if (count++ >= LIMITS.notesPerSession) {
        return fail(
          'invalid-input',
          `A session holds at most ${LIMITS.notesPerSession} notes. Start a new session for more.`,
        );
      }
      next[note.id] = placed(doc, note);
    }
    return ok({ ...doc, notes: next });
  },
  invert(_before, { notes }) {
    return { name: 'deleteNotes', args: { noteIds: notes.map((n) => n.id) } };
  },
});

/** Deletes notes, and with them the links and dots on them; a cluster quoting one of them loses its quote. */
export const deleteNotes = defineOperation({ name: 'deleteNotes', describe: 'Delete notes' }).as({
  apply(doc, { noteIds }) {
    const next = { ...doc.notes };
    for (const id of noteIds) {
      if (!(id in next)) return missing('note', id);
      delete next[id];
    }
    const { links, votes, quotedClusters } = dependentsOfNotes(doc, new Set(noteIds));
    const dropped = <T extends Record<string, unknown>>(records: T, gone: { id: string }[]) =>
      gone.length === 0
        ? records
        : (Object.fromEntries(Object.entries(records).filter(([id]) => !gone.some((g) => g.id === id))) as T);
    const clusters = { ...doc.clusters };
    for (const c of quotedClusters) clusters[c.id] = { ...c, quoteNoteId: null };
    return ok({ ...doc, notes: next, links: dropped(doc.links, links), votes: dropped(doc.votes, votes), clusters });
  },
  invert(before, { noteIds }) {
    const restore: Operation = { name: 'addNotes', args: { notes: noteIds.map((id) => before.notes[id]) } };
    const { links, votes, quotedClusters } = dependentsOfNotes(before, new Set(noteIds));
    if (links.length + votes.length + quotedClusters.length === 0) return restore;
    const operations: Operation[] = [
      restore,
      ...(links.length ? [{ name: 'addLinks' as const, args: { links } }] : []),
      ...(votes.length ? [{ name: 'castVotes' as const, args: { votes } }] : []),
      ...quotedClusters.map((c) => ({
        name: 'updateCluster' as const,
        args: { clusterId: c.id, changes: { quoteNoteId: c.quoteNoteId } },
      })),
    ];
    return { name: 'batch', args: { operations } };
  },
});

export const editNoteText = defineOperation({ name: 'editNoteText', describe: 'Edit note' }).as({
  apply(doc, { noteId, text }) {
    const note = doc.notes[noteId];
    if (!note) return missing('note', noteId);
    return ok({ ...doc, notes: { ...doc.notes, [noteId]: { ...note, text } } });
  },
  invert(before, { noteId }) {
    return { name: 'editNoteText', args: { noteId, text: before.notes[noteId]?.text ?? '' } };
  },
});

/** Moves one or more notes; a whole drag of a selection is one call, so one undo step. */
export const moveNotes = defineOperation({ name: 'moveNotes', describe: 'Move notes' }).as({
  apply(doc, { moves }) {
    const next = { ...doc.notes };
    for (const { noteId, x, y } of moves) {
      const note = next[noteId];
      if (!note) return missing('note', noteId);
      next[noteId] = placed(doc, { ...note, x, y });
    }
    return ok({ ...doc, notes: next });
  },
  invert(before, { moves }) {
    return {
      name: 'moveNotes',
      args: {
        moves: moves.map(({ noteId }) => ({
          noteId,
          x: before.notes[noteId]?.x ?? 0,
          y: before.notes[noteId]?.y ?? 0,
        })),
      },
    };
  },
});
