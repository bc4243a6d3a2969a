import { z } from 'zod';
import { NoteIdSchema } from '../idSchemas';
import { NoteSchema } from '../document/schema';
import { LIMITS } from '../document/limits';

// The arguments' schemas of the note operations (noteOperations.ts).

const MAX_BATCH = 5_000;
const noteIds = z.array(NoteIdSchema).min(1).max(MAX_BATCH);
const position = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);

export const addNotesArgs = z.strictObject({ notes: z.array(NoteSchema).min(1).max(MAX_BATCH) });

export const deleteNotesArgs = z.strictObject({ noteIds });

export const editNoteTextArgs = z.strictObject({ noteId: NoteIdSchema, text: z.string().max(LIMITS.noteText) });

export const moveNotesArgs = z.strictObject({
  moves: z
    .array(z.strictObject({ noteId: NoteIdSchema, x: position, y: position }))
    .min(1)
    .max(MAX_BATCH),
});
