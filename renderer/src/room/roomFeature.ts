import type { Feature } from '../feature';
import { roomCommands } from './roomCommands';
import { ROOM_DIALOGS } from './roomDialogs';

/** Room mode: opening the room, moderation, the projector view. */
export const roomFeature: Feature = { id: 'room', commands: roomCommands, dialogs: ROOM_DIALOGS };
