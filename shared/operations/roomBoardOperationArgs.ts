import { z } from 'zod';
import { BoardIdSchema } from '../idSchemas';
import { BoardSchema, ClusterSchema, LinkSchema, NoteSchema, VoteSchema, ZoneSchema } from '../document/schema';

// The arguments' schemas of the room-board operations (roomBoardOperations.ts).

export const addRoomBoardArgs = z.strictObject({
  board: BoardSchema,
  zones: z.array(ZoneSchema).max(2_000),
  notes: z.array(NoteSchema).max(50_000),
  clusters: z.array(ClusterSchema).max(5_000).default([]),
  links: z.array(LinkSchema).max(20_000).default([]),
  votes: z.array(VoteSchema).max(50_000).default([]),
});

export const removeRoomBoardArgs = z.strictObject({ boardId: BoardIdSchema });
