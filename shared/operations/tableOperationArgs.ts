import { z } from 'zod';
import { TableIdSchema } from '../idSchemas';
import {
  BoardSchema,
  ClusterSchema,
  LinkSchema,
  NoteSchema,
  TableSchema,
  VoteSchema,
  ZoneSchema,
} from '../document/schema';

// The arguments' schemas of the table operations (tableOperations.ts).

export const addTableArgs = z.strictObject({
  table: TableSchema,
  boards: z.array(BoardSchema).max(200),
  zones: z.array(ZoneSchema).max(5_000),
  notes: z.array(NoteSchema).max(50_000),
  clusters: z.array(ClusterSchema).max(5_000),
  links: z.array(LinkSchema).max(20_000),
  votes: z.array(VoteSchema).max(50_000),
});

export const removeTableArgs = z.strictObject({ tableId: TableIdSchema });

export const updateTableArgs = z.strictObject({
  tableId: TableIdSchema,
  changes: TableSchema.pick({ name: true, participantCount: true, mix: true, order: true }).partial(),
});
