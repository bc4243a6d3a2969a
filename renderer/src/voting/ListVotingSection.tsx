import type { BoardId } from '../../../shared/ids';
import { useSessionView } from '../hooks/workbenchContext';
import type { OpenSession } from '../state/openSession';
import { hasVoting, votingStateLabel } from './votingState';
import { VotingResults } from './VotingResults';
import './voting.css';

/** The list view's voting section: the votes per note and ratings once revealed, a notice while hidden. */
export function ListVotingSection({ session, boardId }: { session: OpenSession; boardId: BoardId }) {
  const doc = useSessionView(session)!.doc;
  const board = doc.boards[boardId];
  const settings = board ? doc.exercises[board.exerciseId]?.voting : null;
  if (!board || !hasVoting(settings)) return null;
  return (
    <section className="list-zone list-voting" aria-labelledby="list-voting-title">
      <h3 id="list-voting-title" className="list-zone-title">
        Voting
      </h3>
      <p className="list-zone-count">{votingStateLabel(board.voting)}</p>
      <VotingResults doc={doc} boardId={boardId} settings={settings} headingLevel={4} />
    </section>
  );
}
