import type { Board, SessionDocument } from '../../../shared/document/schema';
import { useRound } from './roundStore';
import { hasVoting, hasVotes, participantLabel, votingStateLabel } from './votingState';
import './voting.css';

/** The board header's word on voting: open and hidden, revealed, or closed; and whose turn it is in a round. */
export function VotingStatus({ doc, board }: { doc: SessionDocument; board: Board }) {
  const round = useRound(board.id);
  const settings = doc.exercises[board.exerciseId]?.voting;
  // Before voting has ever been opened there is nothing to say; the Voting button is there.
  if (!hasVoting(settings) || (board.voting === 'closed' && !hasVotes(doc, board.id))) return null;
  return (
    <p className={`voting-status voting-status-${board.voting}`} role="status">
      {votingStateLabel(board.voting)}
      {round && board.voting === 'open' && (
        <span className="voting-status-round"> · Round: {participantLabel(round)}</span>
      )}
    </p>
  );
}
