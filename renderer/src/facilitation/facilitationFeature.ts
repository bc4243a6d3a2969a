import type { Feature } from '../feature';
import { facilitationCommands } from './facilitationCommands';
import { TABLE_DIALOGS } from './tableDialogs';

/** Tables, the agenda, the timer, locking and presenter mode. */
export const facilitationFeature: Feature = {
  id: 'facilitation',
  commands: facilitationCommands,
  dialogs: TABLE_DIALOGS,
};
