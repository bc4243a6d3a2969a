import { useMemo, useRef } from 'react';
import type { Note } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import { quoteToggle } from '../../../shared/notes/noteMeta';
import { operation } from '../../../shared/operations/registry';
import type { OpenSession } from '../state/openSession';
import type { NoteMetaController } from './noteMetaController';
import { useWorkbench } from '../hooks/workbenchContext';
import type { BoardActions } from '../board/useBoardActions';

interface Inputs {
  session: OpenSession;
  boardId: BoardId;
  actions: BoardActions;
  announce(text: string): void;
}

const notesWord = (n: number) => (n === 1 ? 'Note' : `${n} notes`);

/** Q, Alt+0..Alt+5 and I on the board: the selected notes' quote flag, severity and details, each change one undo step. */
export function useNoteMetaActions(inputs: Inputs): NoteMetaController {
  const workbench = useWorkbench();
  const ref = useRef({ ...inputs, workbench });
  ref.current = { ...inputs, workbench };

  return useMemo<NoteMetaController>(() => {
    const announce = (text: string) => ref.current.announce(text);
    const participants = (): Note[] => {
      const doc = ref.current.session.getView().doc;
      return [...ref.current.actions.getSelection()]
        .map((id) => doc.notes[id])
        .filter((n): n is Note => n?.kind === 'participant');
    };
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
      selectedParticipants: (): NoteId[] => participants().map((n) => n.id),
    };
  }, []);
}
