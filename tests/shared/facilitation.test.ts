import { describe, expect, it } from 'vitest';
import { SessionDocumentSchema, type SessionDocument } from '../../shared/document/schema';
import {
  describeClock,
  formatClock,
  pauseTimer,
  remainingSeconds,
  resetTimer,
  startTimer,
  STOPPED_TIMER,
} from '../../shared/facilitation/timer';
import { applyOperation, invertOperation, operation, type Operation } from '../../shared/operations/registry';
import { applied, participantNote, sessionWithExercise } from '../helpers/sessions';

function withExercise() {
  const { doc, boardId } = sessionWithExercise();
  return { doc, boardId, exerciseId: doc.boards[boardId].exerciseId };
}

const LATER = '2025-03-04T11:00:00.000Z';
const apply = (doc: SessionDocument, op: Operation) => applied(doc, op, LATER);

describe('the exercise timer', () => {
  const t0 = Date.parse('2025-03-04T10:00:00.000Z');
  const tenMinutes = resetTimer(STOPPED_TIMER, 600);

  it('counts down while running, holds while paused, and carries on from where it paused', () => {
    const running = startTimer(tenMinutes, t0);
    expect(remainingSeconds(running, t0 + 90_000)).toBe(510);
    const paused = pauseTimer(running, t0 + 90_000);
    expect(remainingSeconds(paused, t0 + 500_000)).toBe(510);
    const again = startTimer(paused, t0 + 500_000);
    expect(remainingSeconds(again, t0 + 530_000)).toBe(480);
    expect(resetTimer(again)).toEqual({ durationSeconds: 600, runningSince: null, elapsedSeconds: 0 });
  });

  it('shows minutes and seconds, and how far over time the room is', () => {
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(8.2)).toBe('0:09');
    expect(formatClock(-90)).toBe('−1:30');
    expect(describeClock(65)).toBe('1 minute 5 seconds left');
    expect(describeClock(-120)).toBe('2 minutes over time');
    expect(describeClock(0)).toBe('0 seconds left');
  });

  it('is stored as a valid part of the session and undone like any step', () => {
    const { doc } = sessionWithExercise();
    const set = operation('setFacilitation', { changes: { timer: startTimer(tenMinutes, t0) } });
    const after = apply(doc, set);
    expect(SessionDocumentSchema.safeParse(after).error).toBeUndefined();
    expect(apply(after, invertOperation(doc, set)).facilitation).toEqual(doc.facilitation);
  });
});

describe('the agenda', () => {
  it('moves the room on to an exercise, and undo moves it back', () => {
    const { doc, exerciseId } = withExercise();
    const advance = operation('setFacilitation', { changes: { currentExerciseId: exerciseId } });
    const after = apply(doc, advance);
    expect(after.facilitation.currentExerciseId).toBe(exerciseId);
    expect(apply(after, invertOperation(doc, advance)).facilitation.currentExerciseId).toBeNull();
  });

  it('refuses an exercise the session does not have', () => {
    const { doc } = sessionWithExercise();
    const result = applyOperation(
      doc,
      operation('setFacilitation', { changes: { currentExerciseId: 'exercise:nope' as never } }),
      LATER,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('sets planned minutes and undoes them', () => {
    const { doc, exerciseId } = withExercise();
    const plan = operation('updateExercise', { exerciseId, changes: { plannedMinutes: 25 } });
    const after = apply(doc, plan);
    expect(after.exercises[exerciseId].plannedMinutes).toBe(25);
    expect(apply(after, invertOperation(doc, plan)).exercises[exerciseId]).toEqual(doc.exercises[exerciseId]);
  });

  it('removing the current exercise leaves the room on none, so the session stays valid', () => {
    const { doc, exerciseId } = withExercise();
    const on = apply(doc, operation('setFacilitation', { changes: { currentExerciseId: exerciseId } }));
    const removed = apply(on, operation('removeExercise', { exerciseId }));
    expect(removed.facilitation.currentExerciseId).toBeNull();
    expect(SessionDocumentSchema.safeParse(removed).error).toBeUndefined();
  });
});

describe('a locked board', () => {
  it('refuses changes to its notes, says how to unlock, and takes them again once unlocked', () => {
    const { doc, boardId } = sessionWithExercise();
    const note = participantNote(boardId, 'Before the lock');
    const withNote = apply(doc, operation('addNotes', { notes: [note] }));
    const locked = apply(withNote, operation('setBoardState', { boardId, changes: { locked: true } }));
    for (const op of [
      operation('addNotes', { notes: [participantNote(boardId, 'After')] }),
      operation('editNoteText', { noteId: note.id, text: 'Changed' }),
      operation('moveNotes', { moves: [{ noteId: note.id, x: 900, y: 900 }] }),
      operation('deleteNotes', { noteIds: [note.id] }),
    ]) {
      expect(applyOperation(locked, op, LATER)).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/is locked\. Unlock it/) },
      });
    }
    const unlocked = apply(locked, operation('setBoardState', { boardId, changes: { locked: false } }));
    expect(apply(unlocked, operation('editNoteText', { noteId: note.id, text: 'Changed' })).notes[note.id].text).toBe(
      'Changed',
    );
  });

  it('still lets the facilitator remove the whole exercise, which undo brings back', () => {
    const { doc, boardId, exerciseId } = withExercise();
    const locked = apply(doc, operation('setBoardState', { boardId, changes: { locked: true } }));
    const remove = operation('removeExercise', { exerciseId });
    const removed = apply(locked, remove);
    expect(apply(removed, invertOperation(locked, remove)).boards[boardId].locked).toBe(true);
  });
});
