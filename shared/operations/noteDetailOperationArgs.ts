import { z } from 'zod';
import { NoteIdSchema } from '../idSchemas';
import { NoteSchema } from '../document/schema';

// The arguments' schemas of the note-detail operations (noteDetailOperations.ts).

/** What a table can say about a note besides its text: who said it, whether it is a quote, how severe, its tag. */
const NoteDetailsSchema = NoteSchema.pick({
  staffGroup: true,
  sector: true,
  source: true,
  isQuote: true,
  severity: true,
  tag: true,
}).partial();

export const setNoteDetailsArgs = z.strictObject({
  noteIds: z.array(NoteIdSchema).min(1).max(5_000),
  changes: NoteDetailsSchema,
});

export const restoreNotesArgs = z.strictObject({ notes: z.array(NoteSchema).min(1).max(5_000) });
