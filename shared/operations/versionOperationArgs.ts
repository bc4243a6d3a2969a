import { z } from 'zod';
import { SessionDocumentSchema } from '../document/schema';

// The arguments' schema of restoreVersion (versionOperations.ts).

export const restoreVersionArgs = z.strictObject({
  document: SessionDocumentSchema,
  /** When that version was saved, for people reading the history. */
  takenAt: z.iso.datetime(),
});
