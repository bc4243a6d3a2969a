import type { AreaHandlers } from '../../../shared/api/contract';
import type { ROOM_METHODS } from '../../../shared/api/methods';
import type { RoomService } from './roomService';

/** The room area of the API: open, run and close the room for one session. */
export function roomHandlers(room: RoomService) {
  return {
    listRoomInterfaces: async () => room.interfaces(),
    openRoom: (_ctx, id, address) => room.open(id, address),
    closeRoom: () => room.close(),
    getRoomStatus: () => room.status(),
    setRoomPaused: (_ctx, paused) => room.setPaused(paused),
    setRoomOptions: (_ctx, options) => room.setOptions(options),
    newRoomJoinCode: () => room.newJoinCode(),
    reviewRoomNotes: (_ctx, ids, approve) => room.reviewHeld(ids, approve),
    removeRoomParticipant: (_ctx, participant) => room.removeParticipant(participant),
    setRoomNotesHidden: (_ctx, noteIds, hidden) => room.setHidden(noteIds, hidden),
  } satisfies AreaHandlers<keyof typeof ROOM_METHODS>;
}
