import type { RoundtableApi } from '../../../shared/api/contract';
import { boardsOfExercise, matchingBoard } from '../../../shared/document/boards';
import type { SessionDocument } from '../../../shared/document/schema';
import type { PresenterPlace } from '../../../shared/facilitation/presenterAddress';
import type { BoardId, ExerciseId } from '../../../shared/ids';
import { createStore, type Store } from '../state/store';
import { OpenSession } from '../state/openSession';

/** Why the presenter window's copy of the session refuses every change (OpenSession's read-only reason). */
export const PRESENTER_READ_ONLY =
  'This window only shows the board to the room: make changes in the facilitator’s window.';

/** What the presenter window shows: which board, and the exercise the room was on when it last looked. */
export interface Following {
  boardId: BoardId;
  /** The facilitator's latest board (from their window) not yet in this copy of the session, if any. */
  wanted: BoardId | null;
  /** The document's current exercise last seen: the presenter moves on only when it changes. */
  exercise: ExerciseId | null;
}

/**
 * The board to show after a change: the facilitator's window's board once the session has it;
 * when the room moves on to another exercise (Page Down in their presenter mode, Run this
 * exercise now), that exercise's board for the same table; and when the board shown is gone,
 * the current exercise's first board (or any).
 */
export function follow(doc: SessionDocument, was: Following): Following {
  let { boardId, wanted } = was;
  if (wanted && doc.boards[wanted]) {
    boardId = wanted;
    wanted = null;
  }
  const exercise = doc.facilitation.currentExerciseId;
  if (exercise && exercise !== was.exercise && doc.boards[boardId]?.exerciseId !== exercise)
    boardId = matchingBoard(doc, boardId, exercise)?.id ?? boardId;
  if (!doc.boards[boardId]) {
    const [first] = exercise ? boardsOfExercise(doc, exercise) : [];
    boardId = first?.id ?? (Object.keys(doc.boards)[0] as BoardId | undefined) ?? boardId;
  }
  return { boardId, wanted, exercise };
}

export type PresenterWindowState =
  | { state: 'opening' }
  | { state: 'failed'; message: string }
  | { state: 'showing'; session: OpenSession; following: Following };

/**
 * The presenter window's session: a read-only copy kept up to date from the services' events
 * (every change from any window or phone), and the board it shows, following the facilitator.
 */
export class PresenterFollower {
  readonly store: Store<PresenterWindowState> = createStore<PresenterWindowState>({ state: 'opening' });
  private stops: (() => void)[] = [];

  constructor(
    private readonly api: RoundtableApi,
    private readonly place: PresenterPlace,
  ) {}

  /** Opens the session and starts following; returns the stop function. */
  start(): () => void {
    let session: OpenSession | null = null;
    let stopped = false;
    this.stops.push(this.api.onEvent((event) => session?.receive(event)));
    this.stops.push(() => (stopped = true));
    this.api.openSession(this.place.sessionId).then(
      (doc) => {
        if (stopped) return;
        session = new OpenSession(this.api, doc, PRESENTER_READ_ONLY);
        const opened = session;
        // The board in the address first, whatever exercise the room is on.
        const current = doc.facilitation.currentExerciseId;
        const following = follow(doc, { boardId: this.place.boardId, wanted: null, exercise: current });
        this.store.set({ state: 'showing', session: opened, following });
        this.stops.push(opened.subscribe(() => this.refollow(opened, null)));
      },
      (error: Error) => {
        if (!stopped) this.store.set({ state: 'failed', message: `Could not open the session: ${error.message}` });
      },
    );
    return () => this.stops.splice(0).forEach((stop) => stop());
  }

  /** The facilitator's window now shows `boardId` (of this session, else ignored). */
  facilitatorShows(sessionId: string, boardId: BoardId): void {
    const now = this.store.get();
    if (now.state === 'showing' && sessionId === this.place.sessionId) this.refollow(now.session, boardId);
  }

  private refollow(session: OpenSession, wanted: BoardId | null): void {
    const now = this.store.get();
    if (now.state !== 'showing') return;
    const was = wanted ? { ...now.following, wanted } : now.following;
    const next = follow(session.getView().doc, was);
    const same =
      next.boardId === now.following.boardId &&
      next.wanted === now.following.wanted &&
      next.exercise === now.following.exercise;
    if (!same) this.store.set({ state: 'showing', session, following: next });
  }
}
