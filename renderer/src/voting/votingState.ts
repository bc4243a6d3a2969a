import type { Board, SessionDocument, VotingSettings } from '../../../shared/document/schema';
import type { BoardId } from '../../../shared/ids';
import { currentToken, type VotingRound } from '../../../shared/voting/round';

// What the board header says of voting, apart from the voting steps (votingActions.ts), which
// load with the commands and the round bar after the board's first paint.

export type VotingPhase = Board['voting'];

/** The voting phase in words, for the board header and the list view. */
export function votingStateLabel(phase: VotingPhase): string {
  if (phase === 'open') return 'Voting open — results hidden';
  if (phase === 'revealed') return 'Voting results revealed';
  return 'Voting closed';
}

/** Whether the board's exercise has any voting at all. */
export function hasVoting(settings: VotingSettings | null | undefined): settings is VotingSettings {
  return !!settings && (!!settings.dots || !!settings.rating || !!settings.stance);
}

/** Any vote cast or typed on the board. */
export function hasVotes(doc: SessionDocument, boardId: BoardId): boolean {
  return Object.values(doc.votes).some((v) => v.boardId === boardId);
}

/** "Participant 2 of 5", or "Participant 7 (2 of 5)" when an earlier round used the first numbers. */
export function participantLabel(round: VotingRound): string {
  const token = currentToken(round);
  return round.firstToken === 1
    ? `Participant ${token} of ${round.participants}`
    : `Participant ${token} (${round.index + 1} of ${round.participants})`;
}
