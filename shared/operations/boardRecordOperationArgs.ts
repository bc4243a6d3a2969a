import { z } from 'zod';
import { BoardIdSchema, ClusterIdSchema, LinkIdSchema, NoteIdSchema, VoteIdSchema } from '../idSchemas';
import { BoardSchema, ClusterSchema, LinkSchema, VoteSchema } from '../document/schema';

// The arguments' schemas of the cluster, link, vote and board-state operations (boardRecordOperations.ts).

const MAX = 5_000;

export const createClusterArgs = z.strictObject({
  cluster: ClusterSchema,
  noteIds: z.array(NoteIdSchema).min(1).max(MAX),
});

export const deleteClusterArgs = z.strictObject({ clusterId: ClusterIdSchema });

export const updateClusterArgs = z.strictObject({
  clusterId: ClusterIdSchema,
  changes: ClusterSchema.pick({ headline: true, subPoints: true, quoteNoteId: true, order: true }).partial(),
});

export const addLinksArgs = z.strictObject({ links: z.array(LinkSchema).min(1).max(MAX) });

export const deleteLinksArgs = z.strictObject({ linkIds: z.array(LinkIdSchema).min(1).max(MAX) });

export const castVotesArgs = z.strictObject({ votes: z.array(VoteSchema).min(1).max(MAX) });

export const withdrawVotesArgs = z.strictObject({ voteIds: z.array(VoteIdSchema).min(1).max(MAX) });

export const setBoardStateArgs = z.strictObject({
  boardId: BoardIdSchema,
  changes: BoardSchema.pick({ locked: true, voting: true }).partial(),
});
