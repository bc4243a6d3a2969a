import { NOTE_SIZE, type Rect } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import type { Point } from './viewport';

/** Board units per grid cell: a few notes wide, so a note touches at most four cells. */
const CELL = 512;

/**
 * A uniform grid over a board's notes, for culling and hit-testing without looking at every
 * note. It is built once per notes array (operations replace the array when a note
 * changes) and kept in a WeakMap, so callers keep passing plain arrays.
 */
class GridIndex {
  private readonly cells = new Map<string, number[]>();

  constructor(readonly notes: readonly Note[]) {
    notes.forEach((note, i) => {
      for (const key of cellsOf(note.x, note.y, NOTE_SIZE.width, NOTE_SIZE.height)) {
        const cell = this.cells.get(key);
        if (cell) cell.push(i);
        else this.cells.set(key, [i]);
      }
    });
  }

  /** Indexes (ascending: drawing order) of the notes whose cells touch `area`; callers still test each. */
  candidates(area: Rect): number[] | null {
    const columns = Math.floor((area.x + area.width) / CELL) - Math.floor(area.x / CELL) + 1;
    const rows = Math.floor((area.y + area.height) / CELL) - Math.floor(area.y / CELL) + 1;
    // An area of more cells than there are notes is faster scanned whole (zoomed out to fit, say).
    if (columns * rows > this.cells.size) return null;
    const found = new Set<number>();
    for (const key of cellsOf(area.x, area.y, area.width, area.height))
      for (const i of this.cells.get(key) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
}

function* cellsOf(x: number, y: number, width: number, height: number): Generator<string> {
  for (let cx = Math.floor(x / CELL); cx <= Math.floor((x + width) / CELL); cx++) {
    for (let cy = Math.floor(y / CELL); cy <= Math.floor((y + height) / CELL); cy++) yield `${cx},${cy}`;
  }
}

const indexes = new WeakMap<readonly Note[], GridIndex>();

function indexOf(notes: readonly Note[]): GridIndex {
  let index = indexes.get(notes);
  if (!index) {
    index = new GridIndex(notes);
    indexes.set(notes, index);
  }
  return index;
}

function touches(note: Note, area: Rect): boolean {
  return (
    note.x <= area.x + area.width &&
    note.x + NOTE_SIZE.width >= area.x &&
    note.y <= area.y + area.height &&
    note.y + NOTE_SIZE.height >= area.y
  );
}

/** The notes (in their drawing order) whose rectangle touches `area`. */
export function notesTouching(notes: readonly Note[], area: Rect): Note[] {
  const candidates = notes.length < 200 ? null : indexOf(notes).candidates(area);
  if (!candidates) return notes.filter((n) => touches(n, area));
  return candidates.map((i) => notes[i]).filter((n) => touches(n, area));
}

/** The top-most note under a board point (later notes lie on top), or null. */
export function topNoteAt(notes: readonly Note[], point: Point): Note | null {
  const area = { x: point.x, y: point.y, width: 0, height: 0 };
  const candidates = notes.length < 200 ? null : indexOf(notes).candidates(area);
  const order = candidates ?? notes.map((_, i) => i);
  for (let k = order.length - 1; k >= 0; k--) {
    const n = notes[order[k]];
    if (point.x >= n.x && point.x <= n.x + NOTE_SIZE.width && point.y >= n.y && point.y <= n.y + NOTE_SIZE.height)
      return n;
  }
  return null;
}
