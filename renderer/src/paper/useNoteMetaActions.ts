import { useMemo, useRef } from 'react';
import type { Note } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import type { OpenSession } from '../state/openSession';
import type { Workbench } from '../state/workbench';
import { late } from '../state/lateCode';
import type { NoteMetaController } from './noteMetaController';
import { useWorkbench } from '../hooks/workbenchContext';
import type { BoardActions } from '../board/useBoardActions';

interface Inputs {
  session: OpenSession;
  boardId: BoardId;
  actions: BoardActions;
  announce(text: string): void;
}

export type NoteMetaInputs = Inputs & { workbench: Workbench };

/** What changes the notes' details: loaded after the board's first paint (state/lateCode.ts). */
const acting = late(() => import('./noteMetaActions'));

/** Q, Alt+0..Alt+5 and I on the board: the selected notes' quote flag, severity and details (noteMetaActions.ts). */
export function useNoteMetaActions(inputs: Inputs): NoteMetaController {
  const workbench = useWorkbench();
  const ref = useRef<NoteMetaInputs>({ ...inputs, workbench });
  ref.current = { ...inputs, workbench };

  return useMemo<NoteMetaController>(() => {
    const participants = (): Note[] => {
      const doc = ref.current.session.getView().doc;
      return [...ref.current.actions.getSelection()]
        .map((id) => doc.notes[id])
        .filter((n): n is Note => n?.kind === 'participant');
    };
    let actions: ReturnType<typeof import('./noteMetaActions').noteMetaActions> | null = null;
    const run = (act: (a: NonNullable<typeof actions>) => void) =>
      acting.run((m) => act((actions ??= m.noteMetaActions(ref, participants))));
    return {
      toggleQuote: () => run((a) => a.toggleQuote()),
      setSeverity: (severity) => run((a) => a.setSeverity(severity)),
      openDetails: () => run((a) => a.openDetails()),
      selectedParticipants: (): NoteId[] => participants().map((n) => n.id),
    };
  }, []);
}
