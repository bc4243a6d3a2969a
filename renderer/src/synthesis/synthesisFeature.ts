import type { Feature } from '../feature';

/** The Synthesis workspace. */
export const synthesisFeature: Feature = {
  id: 'synthesis',
  commands: () => import('./synthesisCommands').then((m) => m.synthesisCommands),
};
