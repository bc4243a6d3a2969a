import { fail } from '../result';
import { defineOperation, missing, ok } from './definition';

/** Sets some of a note's details (staff group, sector, staff or public, quote, severity, tag). */
export const setNoteDetails = defineOperation({ name: 'setNoteDetails', describe: 'Set note details' }).as({
  apply(doc, { noteIds, changes }) {
    const next = { ...doc.notes };
    for (const id of noteIds) {
      const note = next[id];
      if (!note) return missing('note', id);
      if (note.kind === 'reference')
        return fail('invalid-input', 'Reference cards are the deck’s own words: they take no participant details.');
      next[id] = { ...note, ...changes };
    }
    return ok({ ...doc, notes: next });
  },
  invert(before, { noteIds, changes }) {
    // Notes set together usually shared their old details: then one step sets them back;
    // otherwise each note is restored as it was.
    const keys = Object.keys(changes) as (keyof typeof changes)[];
    const first = before.notes[noteIds[0]];
    const previous = Object.fromEntries(keys.map((k) => [k, first?.[k] ?? null]));
    const allSame = noteIds.every((id) => keys.every((k) => before.notes[id]?.[k] === first?.[k]));
    if (allSame) return { name: 'setNoteDetails', args: { noteIds, changes: previous } };
    return { name: 'restoreNotes', args: { notes: noteIds.map((id) => before.notes[id]) } };
  },
});

/** Puts notes back exactly as they were (their details and cluster), keeping their ids: the inverse of mixed changes. */
export const restoreNotes = defineOperation({ name: 'restoreNotes', describe: 'Restore notes' }).as({
  apply(doc, { notes }) {
    const next = { ...doc.notes };
    for (const note of notes) {
      if (!(note.id in next)) return missing('note', note.id);
      next[note.id] = note;
    }
    return ok({ ...doc, notes: next });
  },
  invert(before, { notes }) {
    return { name: 'restoreNotes', args: { notes: notes.map((n) => before.notes[n.id]) } };
  },
});
