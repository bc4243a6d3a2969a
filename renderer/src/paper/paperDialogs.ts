import type { BoardId, NoteId, SessionId } from '../../../shared/ids';

/** Note details, printing and transcription (see paper/PaperDialogHost.tsx), the dialog kinds they declare. */
export type PaperDialog =
  /** Staff group, sector, source, quote and severity of one note or several at once. */
  | { kind: 'noteDetails'; sessionId: SessionId; noteIds: NoteId[] }
  /** The board as an A3 or A4 sheet, with or without the table's notes. */
  | { kind: 'printBoard'; sessionId: SessionId; boardId: BoardId }
  /** Typing a table's paper notes in fast, zone by zone. */
  | { kind: 'transcribe'; sessionId: SessionId; boardId: BoardId };

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    noteDetails: Extract<PaperDialog, { kind: 'noteDetails' }>;
    printBoard: Extract<PaperDialog, { kind: 'printBoard' }>;
    transcribe: Extract<PaperDialog, { kind: 'transcribe' }>;
  }
}
