import { z } from 'zod';
import { ExerciseIdSchema } from '../idSchemas';
import { ExerciseSchema, FacilitationSchema } from '../document/schema';

// The arguments' schemas of the facilitator's operations (facilitationOperations.ts).

const exerciseChanges = ExerciseSchema.pick({
  title: true,
  prompt: true,
  plannedMinutes: true,
  order: true,
  voting: true,
}).partial();

export const updateExerciseArgs = z.strictObject({ exerciseId: ExerciseIdSchema, changes: exerciseChanges });

export const setFacilitationArgs = z.strictObject({ changes: FacilitationSchema.partial() });
