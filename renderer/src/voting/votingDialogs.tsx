import type { BoardId, SessionId } from '../../../shared/ids';
import { dialogsOf, type DialogHostProps } from '../dialogs/dialogRegistry';
import { useWorkbenchState } from '../hooks/workbenchContext';
import { VotingDialogHost } from './VotingDialogHost';

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    /** Voting on a board: start a round, type in counts, or see the results. */
    voting: { kind: 'voting'; view: 'round' | 'tally' | 'results'; sessionId: SessionId; boardId: BoardId };
  }
}

function VotingDialogOfSession({ dialog, onClose }: DialogHostProps<VotingRequest>) {
  const session = useWorkbenchState((s) => s.openSessions.get(dialog.sessionId));
  return session ? (
    <VotingDialogHost session={session} boardId={dialog.boardId} view={dialog.view} onClose={onClose} />
  ) : null;
}

type VotingRequest = { view: 'round' | 'tally' | 'results'; sessionId: SessionId; boardId: BoardId };

export const VOTING_DIALOGS = dialogsOf(['voting'], VotingDialogOfSession);
