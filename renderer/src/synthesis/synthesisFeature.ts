import type { Feature } from '../feature';
import { synthesisCommands } from './synthesisCommands';

/** The Synthesis workspace. */
export const synthesisFeature: Feature = { id: 'synthesis', commands: synthesisCommands };
