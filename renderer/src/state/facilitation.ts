import { agendaOf, boardsOfExercise, matchingBoard } from '../../../shared/document/boards';
import type { Board, Exercise, SessionDocument } from '../../../shared/document/schema';
import { isRunning, pauseTimer, resetTimer, startTimer } from '../../../shared/facilitation/timer';
import type { BoardId, ExerciseId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/operation';
import type { OpenSession } from './openSession';
import type { Workbench } from './workbench';

/** Minutes the timer counts down when the agenda has none planned for the exercise. */
export const DEFAULT_TIMER_MINUTES = 10;

/**
 * The facilitator's steps, shared by the commands, the agenda, the board header and
 * presenter mode. Each is one operation on the session, so each can be undone.
 */
export interface Place {
  session: OpenSession;
  doc: SessionDocument;
  board: Board | null;
  exercise: Exercise | null;
}

/** The session and board the facilitator is looking at, if any. */
export function currentPlace(workbench: Workbench): Place | null {
  const session = workbench.currentSession();
  if (!session) return null;
  const doc = session.getView().doc;
  const boardId = workbench.activeTab()?.sessionId === session.id ? workbench.getState().activeBoardId : null;
  const board = (boardId && doc.boards[boardId]) || null;
  const exerciseId = board?.exerciseId ?? doc.facilitation.currentExerciseId;
  return { session, doc, board, exercise: (exerciseId && doc.exercises[exerciseId]) || null };
}

function plannedSeconds(exercise: Exercise | null): number {
  return (exercise?.plannedMinutes ?? DEFAULT_TIMER_MINUTES) * 60;
}

/** Moves the room on to an exercise: it becomes current, the timer is set to its planned minutes, and its board opens for the same table. */
export function runExercise(workbench: Workbench, session: OpenSession, exerciseId: ExerciseId): boolean {
  const doc = session.getView().doc;
  const exercise = doc.exercises[exerciseId];
  if (!exercise) return false;
  const timer = resetTimer(doc.facilitation.timer, plannedSeconds(exercise));
  if (!session.apply(operation('setFacilitation', { changes: { currentExerciseId: exerciseId, timer } }))) return false;
  const from = workbench.activeTab()?.sessionId === session.id ? workbench.getState().activeBoardId : null;
  const board = matchingBoard(doc, from, exerciseId);
  if (board) {
    if (workbench.activeTab()?.sessionId === session.id) workbench.switchBoard(board.id);
    else workbench.openBoard(session.id, board.id);
  }
  return true;
}

/** The next (1) or previous (-1) exercise on the agenda from the current one. */
export function stepExercise(workbench: Workbench, direction: 1 | -1): boolean {
  const place = currentPlace(workbench);
  if (!place) return false;
  const agenda = agendaOf(place.doc);
  const currentId = place.doc.facilitation.currentExerciseId ?? place.exercise?.id ?? null;
  const index = agenda.findIndex((e) => e.id === currentId);
  const next = agenda[index < 0 ? 0 : index + direction];
  return next ? runExercise(workbench, place.session, next.id) : false;
}

export function toggleTimer(session: OpenSession, exercise: Exercise | null, now = Date.now()): boolean {
  const { timer } = session.getView().doc.facilitation;
  const base = timer.durationSeconds === 0 ? resetTimer(timer, plannedSeconds(exercise)) : timer;
  const next = isRunning(base) ? pauseTimer(base, now) : startTimer(base, now);
  return session.apply(operation('setFacilitation', { changes: { timer: next } }));
}

export function resetSessionTimer(session: OpenSession, exercise: Exercise | null): boolean {
  const { timer } = session.getView().doc.facilitation;
  return session.apply(
    operation('setFacilitation', { changes: { timer: resetTimer(timer, plannedSeconds(exercise)) } }),
  );
}

/** The board of the same exercise `direction` places along (tables in order, the room board last), wrapping round. */
export function neighbourBoard(doc: SessionDocument, boardId: BoardId, direction: 1 | -1): Board | null {
  const board = doc.boards[boardId];
  if (!board) return null;
  const boards = boardsOfExercise(doc, board.exerciseId);
  if (boards.length < 2) return null;
  const index = boards.findIndex((b) => b.id === boardId);
  return boards[(index + direction + boards.length) % boards.length];
}

export function setLocked(session: OpenSession, boardId: BoardId, locked: boolean): boolean {
  return session.apply(operation('setBoardState', { boardId, changes: { locked } }));
}
