import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';
import { noteMetaOnBoard } from './noteMetaOnBoard';

/** Note details, severity, printing and transcription. */
export const paperFeature: Feature = {
  id: 'paper',
  commands: () => import('./barrierCommands').then((m) => m.barrierCommands),
  dialogs: lazyDialogsOf(['noteDetails', 'printBoard', 'transcribe'], () =>
    import('./PaperDialogHost').then((m) => m.PAPER_DIALOGS),
  ),
  board: noteMetaOnBoard,
};
