import type { Feature } from '../feature';
import { votingCommands } from './votingCommands';
import { VOTING_DIALOGS } from './votingDialogs';
import { votesOnBoard } from './votesOnBoard';

/** Voting: phases, rounds, tallies and results; revealed votes drawn on the board. */
export const votingFeature: Feature = {
  id: 'voting',
  commands: votingCommands,
  dialogs: VOTING_DIALOGS,
  board: votesOnBoard,
};
