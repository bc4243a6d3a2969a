import { z } from 'zod';
import { ExerciseIdSchema } from '../idSchemas';
import {
  BoardSchema,
  ClusterSchema,
  ExerciseSchema,
  LinkSchema,
  NoteSchema,
  VoteSchema,
  ZoneSchema,
} from '../document/schema';

// The arguments' schemas of the exercise operations (exerciseOperations.ts).

const newExercise = z.strictObject({
  exercise: ExerciseSchema,
  boards: z.array(BoardSchema).max(100),
  zones: z.array(ZoneSchema).max(2_000),
  notes: z.array(NoteSchema).max(20_000),
  /** What a removed exercise had on its boards, when undo puts it back; a new one has none. */
  clusters: z.array(ClusterSchema).max(5_000).default([]),
  links: z.array(LinkSchema).max(20_000).default([]),
  votes: z.array(VoteSchema).max(50_000).default([]),
});

export const addExerciseArgs = newExercise;

export const removeExerciseArgs = z.strictObject({ exerciseId: ExerciseIdSchema });
