import type { Note } from '../../../shared/document/schema';
import { quoteToggle } from '../../../shared/notes/noteMeta';
import { operation } from '../../../shared/operations/operation';
import type { NoteMetaController } from './noteMetaController';
import type { NoteMetaInputs } from './useNoteMetaActions';

// The details keys' acting part, loaded after the board's first paint (useNoteMetaActions.ts).

const notesWord = (n: number) => (n === 1 ? 'Note' : `${n} notes`);

/** The selected notes' quote flag, severity and details: each change one undo step, said aloud. */
export function noteMetaActions(
  ref: { readonly current: NoteMetaInputs },
  participants: () => Note[],
): Omit<NoteMetaController, 'selectedParticipants'> {
  const announce = (text: string) => ref.current.announce(text);
  function change(
    changes: Parameters<typeof operation<'setNoteDetails'>>[1]['changes'],
    said: (count: number) => string,
  ): void {
    const notes = participants();
    if (notes.length === 0) return announce('Select the table’s notes first: reference cards take no details.');
    if (ref.current.session.apply(operation('setNoteDetails', { noteIds: notes.map((n) => n.id), changes })))
      announce(said(notes.length));
    else announce(ref.current.session.getView().problem ?? 'That change could not be made.');
  }
  return {
    toggleQuote() {
      const isQuote = quoteToggle(participants());
      change({ isQuote }, (n) => `${notesWord(n)} ${isQuote ? 'marked as a quote' : 'no longer marked as a quote'}.`);
    },
    setSeverity(severity) {
      change({ severity }, (n) =>
        severity ? `${notesWord(n)}: severity ${severity} of 5.` : `${notesWord(n)}: severity cleared.`,
      );
    },
    openDetails() {
      const notes = participants();
      if (notes.length === 0) return announce('Select the table’s notes first: reference cards take no details.');
      const { session, workbench } = ref.current;
      workbench.showDialog({ kind: 'noteDetails', sessionId: session.id, noteIds: notes.map((n) => n.id) });
    },
  };
}
