import type { Note, SessionDocument } from '../../../shared/document/schema';
import type { NoteId } from '../../../shared/ids';
import type { NoteMove } from '../../../shared/layout/tidy';
import type { Point } from './viewport';

/**
 * Notes gliding to where a layout step (grouping's gather, Tidy board) put them.
 *
 * The document moves the notes at once, in one named operation, so one undo puts them back;
 * the glide is drawing only: for a quarter of a second the board draws each moved note part
 * of the way from where it was to where it now is. A note moved again meanwhile (by a drag,
 * an undo, another window) is drawn where the document has it. With the OS asking for reduced
 * motion there is no glide: the notes are drawn where they went at once.
 */

export const GLIDE_MS = 250;

export interface Glide {
  /** Where each moved note was, and where the step put it. */
  from: ReadonlyMap<NoteId, Point>;
  to: ReadonlyMap<NoteId, Point>;
  /** performance.now() when it began. */
  start: number;
}

/** Slow in, slow out: 0 at 0, 1 at 1, half way at half time. */
export function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2;
}

/** How far through the glide `now` is, from 0 to 1. */
export const progress = (glide: Glide, now: number): number => Math.min(1, Math.max(0, (now - glide.start) / GLIDE_MS));

/** A glide of the notes `moves` moves, from where they lie in `before`; null when nothing moves. */
export function glideOf(before: SessionDocument, moves: readonly NoteMove[], start: number): Glide | null {
  const from = new Map<NoteId, Point>();
  const to = new Map<NoteId, Point>();
  for (const move of moves) {
    const note = before.notes[move.noteId];
    if (!note || (note.x === move.x && note.y === move.y)) continue;
    from.set(move.noteId, { x: note.x, y: note.y });
    to.set(move.noteId, { x: move.x, y: move.y });
  }
  return from.size ? { from, to, start } : null;
}

/**
 * The notes as drawn at `now`: each gliding note part of the way there (a new object only for
 * those, so the others are not redrawn); `notes` itself once the glide is over. A note the
 * document has elsewhere than where the glide ends is not gliding any more.
 */
export function glidingNotes(notes: Note[], glide: Glide | null, now: number): Note[] {
  if (!glide) return notes;
  const t = ease(progress(glide, now));
  if (t >= 1) return notes;
  return notes.map((note) => {
    const from = glide.from.get(note.id);
    const to = glide.to.get(note.id);
    if (!from || !to || note.x !== to.x || note.y !== to.y) return note;
    return { ...note, x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
  });
}

/** Whether the OS asks for reduced motion (prefers-reduced-motion: reduce). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

type Listener = () => void;

/** The glide in progress for one open session (every board of the session draws from it). */
export class GlideStore {
  private glide: Glide | null = null;
  private readonly listeners = new Set<Listener>();

  get = (): Glide | null => this.glide;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts the glide of `moves` from `before`, unless reduced motion is asked for. */
  start(before: SessionDocument, moves: readonly NoteMove[], now: number, reduced = prefersReducedMotion()): void {
    this.set(reduced ? null : glideOf(before, moves, now));
  }

  /** Ends the glide once it is over (the board calls this when its last frame is drawn). */
  finish(glide: Glide): void {
    if (this.glide === glide) this.set(null);
  }

  private set(glide: Glide | null): void {
    if (glide === this.glide) return;
    this.glide = glide;
    this.listeners.forEach((l) => l());
  }
}

const stores = new WeakMap<object, GlideStore>();

/** The glide store of an open session (made on first use). */
export function glidesOf(session: object): GlideStore {
  let store = stores.get(session);
  if (!store) stores.set(session, (store = new GlideStore()));
  return store;
}
