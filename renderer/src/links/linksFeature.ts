import type { Feature } from '../feature';
import { linksOnBoard } from './linksOnBoard';

/** Links between notes: commands and arrows on the board. */
export const linksFeature: Feature = {
  id: 'links',
  commands: () => import('./linkCommands').then((m) => m.linkCommands),
  board: linksOnBoard,
};
