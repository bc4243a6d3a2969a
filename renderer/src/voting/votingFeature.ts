import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';
import { votesOnBoard } from './votesOnBoard';

/** Voting: phases, rounds, tallies and results; revealed votes drawn on the board. */
export const votingFeature: Feature = {
  id: 'voting',
  commands: () => import('./votingCommands').then((m) => m.votingCommands),
  dialogs: lazyDialogsOf(['voting'], () => import('./votingDialogs').then((m) => m.VOTING_DIALOGS)),
  board: votesOnBoard,
};
