import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Room mode: opening the room, moderation, the projector view. */
export const roomFeature: Feature = {
  id: 'room',
  commands: () => import('./roomCommands').then((m) => m.roomCommands),
  dialogs: lazyDialogsOf(['openRoom', 'otherRoom'], () => import('./roomDialogs').then((m) => m.ROOM_DIALOGS)),
};
