import { dialogsOf } from '../dialogs/dialogRegistry';
import type { Note } from '../../../shared/document/schema';
import { describeMeta } from '../../../shared/notes/noteMeta';
import { operation } from '../../../shared/operations/registry';
import { announce } from '../a11y/announcer';
import { useSessionView, useWorkbenchState } from '../hooks/workbenchContext';
import type { PaperDialog } from './paperDialogs';
import { NoteDetailsDialog } from './NoteDetailsDialog';
import { PrintBoardDialog } from './PrintBoardDialog';
import { TranscriptionDialog } from './TranscriptionDialog';

interface PaperDialogHostProps {
  dialog: PaperDialog;
  onClose(): void;
}

/** Carries out note details, printing and transcription: each change one operation, one undo step. */
export function PaperDialogHost({ dialog, onClose }: PaperDialogHostProps) {
  const session = useWorkbenchState((s) => s.openSessions.get(dialog.sessionId)) ?? null;
  const view = useSessionView(session);
  if (!session || !view) return null;
  if (dialog.kind === 'printBoard')
    return <PrintBoardDialog doc={view.doc} boardId={dialog.boardId} onClose={onClose} />;
  if (dialog.kind === 'transcribe')
    return <TranscriptionDialog session={session} boardId={dialog.boardId} onClose={onClose} />;
  const notes = dialog.noteIds.map((id) => view.doc.notes[id]).filter((n): n is Note => n?.kind === 'participant');
  if (notes.length === 0) return null;
  return (
    <NoteDetailsDialog
      notes={notes}
      locked={notes.some((n) => view.doc.boards[n.boardId]?.locked)}
      onClose={onClose}
      onSave={(changes) => {
        if (Object.keys(changes).length > 0) {
          const noteIds = notes.map((n) => n.id);
          if (!session.apply(operation('setNoteDetails', { noteIds, changes })))
            return announce(session.getView().problem ?? 'The details could not be saved.');
          const after = session.getView().doc.notes[noteIds[0]];
          announce(
            notes.length === 1 && after
              ? `Details saved: ${describeMeta(after)}.`
              : `Details saved on ${notes.length} notes.`,
          );
        }
        onClose();
      }}
    />
  );
}

/** Note details, printing and transcription, as the workbench shows them. */
export const PAPER_DIALOGS = dialogsOf(['noteDetails', 'printBoard', 'transcribe'], PaperDialogHost);
