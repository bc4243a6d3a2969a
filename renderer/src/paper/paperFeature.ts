import type { Feature } from '../feature';
import { barrierCommands } from './barrierCommands';
import { PAPER_DIALOGS } from './PaperDialogHost';
import { noteMetaOnBoard } from './noteMetaOnBoard';

/** Note details, severity, printing and transcription. */
export const paperFeature: Feature = {
  id: 'paper',
  commands: barrierCommands,
  dialogs: PAPER_DIALOGS,
  board: noteMetaOnBoard,
};
