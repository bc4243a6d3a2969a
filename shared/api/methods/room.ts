import { z } from 'zod';
import { NoteIdSchema, SessionIdSchema } from '../../idSchemas';
import type { RoomInterface, RoomStatus } from '../../room/protocol';
import { method, nothing, returns } from '../define';

/** Room mode: participants' phones on one network, for one session. */
export const ROOM_METHODS = {
  /** The networks a room may be offered on (the machine's own; "This computer only" for trying it out). None is chosen for the user. */
  listRoomInterfaces: method({ args: z.tuple([]), result: returns<RoomInterface[]>() }),
  /**
   * Opens the session's room on one network: participants' page, join code and QR code, as it
   * was left (its code, participants and their numbers). Refused while another session's room is open.
   */
  openRoom: method({ args: z.tuple([SessionIdSchema, z.string().min(2).max(64)]), result: returns<RoomStatus>() }),
  /** Closes the room at once: every phone told, every socket closed, the port freed. */
  closeRoom: method({ args: z.tuple([]), result: nothing }),
  /** The open room, or null. */
  getRoomStatus: method({ args: z.tuple([]), result: returns<RoomStatus | null>() }),
  /** Pauses (or resumes) participants' notes and votes. */
  setRoomPaused: method({ args: z.tuple([z.boolean()]), result: nothing }),
  /** The facilitator's choices: whether phones may change table, whether notes wait for approval. */
  setRoomOptions: method({
    args: z.tuple([z.strictObject({ allowTableChange: z.boolean().optional(), moderation: z.boolean().optional() })]),
    result: nothing,
  }),
  /** A new join code: the old one stops working at once; phones already in the room carry on. */
  newRoomJoinCode: method({ args: z.tuple([]), result: returns<RoomStatus>() }),
  /** Puts notes held for approval on their boards (approve) or drops them; ids as the room's status lists them. */
  reviewRoomNotes: method({
    args: z.tuple([
      z
        .array(z.string().regex(/^\d{1,3}:[A-Za-z0-9_-]{6,40}$/))
        .min(1)
        .max(5_000),
      z.boolean(),
    ]),
    result: nothing,
  }),
  /** Removes a participant: their token stops working; their notes stay. */
  removeRoomParticipant: method({ args: z.tuple([z.number().int().min(1).max(999)]), result: nothing }),
  /** Hides notes from the phones (all but their author's), or shows them again; they stay on the board. */
  setRoomNotesHidden: method({
    args: z.tuple([z.array(NoteIdSchema).min(1).max(5_000), z.boolean()]),
    result: nothing,
  }),
};
