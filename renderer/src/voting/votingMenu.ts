import type { CommandId } from '../commands/registry';

/**
 * The voting commands (votingCommands.ts), in the order the Voting menu and the toolbar's
 * Voting button list them: apart from the commands, which load after the board's first paint.
 */
export const VOTING_MENU: readonly (CommandId | null)[] = [
  'voting.open',
  'voting.reveal',
  'voting.hide',
  'voting.close',
  null,
  'voting.startRound',
  'voting.addDot',
  'voting.takeBackDot',
  'voting.nextParticipant',
  'voting.endRound',
  null,
  'voting.tally',
  'voting.results',
];
