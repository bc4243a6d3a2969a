import { defineOperation, missing, ok } from './definition';

/**
 * The facilitator's steps: the agenda (titles, prompts, planned minutes, order), which
 * exercise the room is on, and the timer. Each is an operation, so each can be undone.
 */

/** Edits an exercise's agenda entry: its title, prompt, planned minutes, place or voting settings. */
export const updateExercise = defineOperation({ name: 'updateExercise', describe: 'Edit exercise' }).as({
  apply(doc, { exerciseId, changes }) {
    const exercise = doc.exercises[exerciseId];
    if (!exercise) return missing('exercise', exerciseId);
    return ok({ ...doc, exercises: { ...doc.exercises, [exerciseId]: { ...exercise, ...changes } } });
  },
  invert(before, { exerciseId, changes }) {
    const exercise = before.exercises[exerciseId];
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, exercise?.[k as keyof typeof changes]]));
    return { name: 'updateExercise', args: { exerciseId, changes: previous } };
  },
});

/** Moves the room on to an exercise (the presenter screen follows), or sets the timer. */
export const setFacilitation = defineOperation({ name: 'setFacilitation', describe: 'Facilitator step' }).as({
  apply(doc, { changes }) {
    const current = changes.currentExerciseId;
    if (current && !(current in doc.exercises)) return missing('exercise', current);
    return ok({ ...doc, facilitation: { ...doc.facilitation, ...changes } });
  },
  invert(before, { changes }) {
    const previous = Object.fromEntries(
      Object.keys(changes).map((k) => [k, before.facilitation[k as keyof typeof changes]]),
    );
    return { name: 'setFacilitation', args: { changes: previous } };
  },
});
