import type { Feature } from '../feature';
import { linkCommands } from './linkCommands';
import { linksOnBoard } from './linksOnBoard';

/** Links between notes: commands and arrows on the board. */
export const linksFeature: Feature = { id: 'links', commands: linkCommands, board: linksOnBoard };
