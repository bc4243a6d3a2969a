import { NOTE_SIZE, type Rect } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import type { Point } from './viewport';

/** Board units per grid cell: a few notes wide, so a note touches at most four cells. */
export const CELL = 512;

/**
 * A uniform grid over a list of rectangles (notes, groups' frames, links' arrows), for culling,
 * hit-testing and drawing one bitmap tile without looking at every item. It is built once per
 * list (operations replace a list when an item changes) and kept in a WeakMap, so callers keep
 * passing plain arrays. A query area larger than the items' extent (a tile at presenter zoom
 * covers the whole board) is clipped to it first, so it costs what the items inside cost.
 */
/** A cell's key: its column and row in one number (boards span far fewer than 2^20 cells either way). */
function cellKey(cx: number, cy: number): number {
  return (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
}

class GridIndex {
  private readonly cells = new Map<number, number[]>();
  /** Each item's box as x0, y0, x1, y1. */
  private readonly boxes: Float64Array;
  private readonly cellsAt: { cx: number; cy: number; items: number[] }[] = [];
  private readonly all: number[];
  private minCx = Infinity;
  private maxCx = -Infinity;
  private minCy = Infinity;
  private maxCy = -Infinity;
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(count: number, boundsOf: (i: number) => Rect) {
    this.boxes = new Float64Array(count * 4);
    this.seen = new Uint32Array(count);
    this.all = Array.from({ length: count }, (_, i) => i);
    for (let i = 0; i < count; i++) {
      const b = boundsOf(i);
      this.boxes[i * 4] = b.x;
      this.boxes[i * 4 + 1] = b.y;
      this.boxes[i * 4 + 2] = b.x + b.width;
      this.boxes[i * 4 + 3] = b.y + b.height;
      for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.width) / CELL); cx++)
        for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.height) / CELL); cy++) {
          const key = cellKey(cx, cy);
          const cell = this.cells.get(key);
          if (cell) cell.push(i);
          else {
            const items = [i];
            this.cells.set(key, items);
            this.cellsAt.push({ cx, cy, items });
            this.minCx = Math.min(this.minCx, cx);
            this.maxCx = Math.max(this.maxCx, cx);
            this.minCy = Math.min(this.minCy, cy);
            this.maxCy = Math.max(this.maxCy, cy);
          }
        }
    }
  }

  /** Indexes (ascending: drawing order) of the items whose box touches `area`. */
  touching(area: Rect): number[] {
    const x0 = area.x;
    const y0 = area.y;
    const x1 = area.x + area.width;
    const y1 = area.y + area.height;
    const c0 = Math.max(this.minCx, Math.floor(x0 / CELL));
    const c1 = Math.min(this.maxCx, Math.floor(x1 / CELL));
    const r0 = Math.max(this.minCy, Math.floor(y0 / CELL));
    const r1 = Math.min(this.maxCy, Math.floor(y1 / CELL));
    if (c0 > c1 || r0 > r1) return [];
    const b = this.boxes;
    const hit = (i: number) => b[i * 4] <= x1 && b[i * 4 + 2] >= x0 && b[i * 4 + 1] <= y1 && b[i * 4 + 3] >= y0;
    // The area spans every occupied cell: each item is a candidate, already in order.
    if (c0 === this.minCx && c1 === this.maxCx && r0 === this.minCy && r1 === this.maxCy) return this.all.filter(hit);
    const stamp = ++this.stamp;
    const found: number[] = [];
    const take = (items: number[]) => {
      for (const i of items)
        if (this.seen[i] !== stamp) {
          this.seen[i] = stamp;
          if (hit(i)) found.push(i);
        }
    };
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > this.cellsAt.length) {
      // More cells in the area than there are occupied cells: walk the occupied ones.
      for (const { cx, cy, items } of this.cellsAt) if (cx >= c0 && cx <= c1 && cy >= r0 && cy <= r1) take(items);
    } else
      for (let cx = c0; cx <= c1; cx++)
        for (let cy = r0; cy <= r1; cy++) {
          const items = this.cells.get(cellKey(cx, cy));
          if (items) take(items);
        }
    return found.sort((p, q) => p - q);
  }
}

const indexes = new WeakMap<(item: never) => Rect, WeakMap<readonly unknown[], GridIndex>>();

function indexOf<T>(items: readonly T[], boundsOf: (item: T) => Rect): GridIndex {
  let byList = indexes.get(boundsOf);
  if (!byList) indexes.set(boundsOf, (byList = new WeakMap()));
  let index = byList.get(items);
  if (!index) {
    index = new GridIndex(items.length, (i) => boundsOf(items[i]));
    byList.set(items, index);
  }
  return index;
}

/**
 * The items (in their order) whose box, as `boundsOf` gives it, touches `area`. The index is
 * kept per list and per `boundsOf`, so pass the same function each time (not a new closure).
 */
export function itemsTouching<T>(items: readonly T[], boundsOf: (item: T) => Rect, area: Rect): T[] {
  return indexOf(items, boundsOf)
    .touching(area)
    .map((i) => items[i]);
}

/** A note's rectangle on the board. */
export function noteBounds(note: Note): Rect {
  return { x: note.x, y: note.y, width: NOTE_SIZE.width, height: NOTE_SIZE.height };
}

/** The notes (in their drawing order) whose rectangle touches `area`. */
export function notesTouching(notes: readonly Note[], area: Rect): Note[] {
  return itemsTouching(notes, noteBounds, area);
}

/** The top-most note under a board point (later notes lie on top), or null. */
export function topNoteAt(notes: readonly Note[], point: Point): Note | null {
  const under = notesTouching(notes, { x: point.x, y: point.y, width: 0, height: 0 });
  return under.length ? under[under.length - 1] : null;
}
