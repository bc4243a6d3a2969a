import { z } from 'zod';
import { ExerciseIdSchema } from '../ids';
import { BoardSchema, ExerciseSchema, NoteSchema, ZoneSchema, type SessionDocument } from '../document/schema';
import { fail } from '../result';
import { defineOperation, missing, ok } from './definition';

const newExercise = z.strictObject({
  exercise: ExerciseSchema,
  boards: z.array(BoardSchema).max(100),
  zones: z.array(ZoneSchema).max(2_000),
  notes: z.array(NoteSchema).max(20_000),
});

function withRecords<K extends 'exercises' | 'boards' | 'zones' | 'notes'>(
  doc: SessionDocument,
  key: K,
  records: readonly SessionDocument[K][keyof SessionDocument[K]][],
): SessionDocument {
  const next = { ...doc[key] } as Record<string, unknown>;
  for (const r of records) next[(r as { id: string }).id] = r;
  return { ...doc, [key]: next };
}

/** Adds an exercise with all its boards, zones and reference cards in one step. */
export const addExercise = defineOperation({
  name: 'addExercise',
  describe: 'Add exercise',
  args: newExercise,
  apply(doc, { exercise, boards, zones, notes }) {
    if (exercise.id in doc.exercises) return fail('conflict', `The exercise ${exercise.id} already exists in this session.`);
    const boardIds = new Set(boards.map((b) => b.id));
    if (boards.some((b) => b.exerciseId !== exercise.id)) return fail('invalid-input', 'Every board must belong to the exercise being added.');
    if (boards.some((b) => b.tableId !== null && !(b.tableId in doc.tables))) return fail('not-found', 'A board names a table this session does not have.');
    if (zones.some((z) => !boardIds.has(z.boardId)) || notes.some((n) => !boardIds.has(n.boardId))) {
      return fail('invalid-input', 'Every zone and note must belong to one of the exercise’s boards.');
    }
    let next = withRecords(doc, 'exercises', [exercise]);
    next = withRecords(next, 'boards', boards);
    next = withRecords(next, 'zones', zones);
    return ok(withRecords(next, 'notes', notes));
  },
  invert(_before, { exercise }) {
    return { name: 'removeExercise', args: { exerciseId: exercise.id } };
  },
});

/** Removes an exercise and everything on its boards; its inverse puts all of it back. */
export const removeExercise = defineOperation({
  name: 'removeExercise',
  describe: 'Remove exercise',
  args: z.strictObject({ exerciseId: ExerciseIdSchema }),
  apply(doc, { exerciseId }) {
    if (!(exerciseId in doc.exercises)) return missing('exercise', exerciseId);
    const parts = partsOfExercise(doc, exerciseId);
    const drop = <T extends Record<string, unknown>>(rec: T, ids: Set<string>) =>
      Object.fromEntries(Object.entries(rec).filter(([id]) => !ids.has(id))) as T;
    return ok({
      ...doc,
      exercises: drop(doc.exercises, new Set([exerciseId])),
      boards: drop(doc.boards, new Set(parts.boards.map((b) => b.id))),
      zones: drop(doc.zones, new Set(parts.zones.map((z) => z.id))),
      notes: drop(doc.notes, new Set(parts.notes.map((n) => n.id))),
    });
  },
  invert(before, { exerciseId }) {
    return { name: 'addExercise', args: { exercise: before.exercises[exerciseId], ...partsOfExercise(before, exerciseId) } };
  },
});

function partsOfExercise(doc: SessionDocument, exerciseId: string) {
  const boards = Object.values(doc.boards).filter((b) => b.exerciseId === exerciseId);
  const boardIds = new Set<string>(boards.map((b) => b.id));
  return {
    boards,
    zones: Object.values(doc.zones).filter((z) => boardIds.has(z.boardId)),
    notes: Object.values(doc.notes).filter((n) => boardIds.has(n.boardId)),
  };
}
