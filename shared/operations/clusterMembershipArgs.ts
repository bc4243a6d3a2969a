import { z } from 'zod';
import { ClusterIdSchema, NoteIdSchema } from '../idSchemas';

// The arguments' schema of setNoteCluster (clusterMembership.ts).

export const setNoteClusterArgs = z.strictObject({
  noteIds: z.array(NoteIdSchema).min(1).max(5_000),
  clusterId: ClusterIdSchema.nullable(),
});
