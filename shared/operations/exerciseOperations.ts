import type { SessionDocument } from '../document/schema';
import { fail } from '../result';
import type { Operation } from './operation';
import { defineOperation, missing, ok } from './definition';
import { recordsOnBoards, withoutBoards, withRecords } from './boardRecordSets';

/** Adds an exercise with all its boards, zones and reference cards in one step. */
export const addExercise = defineOperation({ name: 'addExercise', describe: 'Add exercise' }).as({
  apply(doc, { exercise, boards, zones, notes, clusters, links, votes }) {
    if (exercise.id in doc.exercises)
      return fail('conflict', `The exercise ${exercise.id} already exists in this session.`);
    const boardIds = new Set(boards.map((b) => b.id));
    if (boards.some((b) => b.exerciseId !== exercise.id))
      return fail('invalid-input', 'Every board must belong to the exercise being added.');
    if (boards.some((b) => b.tableId !== null && !(b.tableId in doc.tables)))
      return fail('not-found', 'A board names a table this session does not have.');
    if ([...zones, ...notes, ...clusters, ...links, ...votes].some((r) => !boardIds.has(r.boardId))) {
      return fail(
        'invalid-input',
        'Every zone, note, cluster, link and vote must belong to one of the exercise’s boards.',
      );
    }
    return ok(withRecords(doc, { exercises: [exercise], boards, zones, notes, clusters, links, votes }));
  },
  invert(_before, { exercise }) {
    return { name: 'removeExercise', args: { exerciseId: exercise.id } };
  },
});

/** Removes an exercise and everything on its boards; its inverse puts all of it back. */
export const removeExercise = defineOperation({ name: 'removeExercise', describe: 'Remove exercise' }).as({
  apply(doc, { exerciseId }) {
    if (!(exerciseId in doc.exercises)) return missing('exercise', exerciseId);
    const boardIds = new Set<string>(
      Object.values(doc.boards)
        .filter((b) => b.exerciseId === exerciseId)
        .map((b) => b.id),
    );
    const exercises = Object.fromEntries(
      Object.entries(doc.exercises).filter(([id]) => id !== exerciseId),
    ) as SessionDocument['exercises'];
    // The room cannot stay on an exercise that is gone.
    const facilitation =
      doc.facilitation.currentExerciseId === exerciseId
        ? { ...doc.facilitation, currentExerciseId: null }
        : doc.facilitation;
    return ok(withoutBoards({ ...doc, exercises, facilitation }, boardIds));
  },
  invert(before, { exerciseId }) {
    const restore: Operation = {
      name: 'addExercise',
      args: { exercise: before.exercises[exerciseId], ...partsOfExercise(before, exerciseId) },
    };
    // Removing the exercise the room was on moved the room off it: undoing puts the room back on it.
    if (before.facilitation.currentExerciseId !== exerciseId) return restore;
    const current: Operation = { name: 'setFacilitation', args: { changes: { currentExerciseId: exerciseId } } };
    return { name: 'batch', args: { operations: [restore, current] } };
  },
});

function partsOfExercise(doc: SessionDocument, exerciseId: string) {
  const boards = Object.values(doc.boards).filter((b) => b.exerciseId === exerciseId);
  return { boards, ...recordsOnBoards(doc, new Set<string>(boards.map((b) => b.id))) };
}
