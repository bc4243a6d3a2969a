import type { Rect } from '../../../shared/document/geometry';
import { notesTouching } from './spatialIndex';

/**
 * How far beyond the visible area notes are kept drawn, as a fraction of the view on each
 * side. Panning within that margin redraws the canvas without any React work; only when
 * the view leaves it is the set of drawn notes computed again.
 */
export const CULL_MARGIN = 0.25;
/** At least this many screen pixels are kept drawn beyond the view: room for the bitmap tiles ahead of a pan (layerCache.ts). */
export const CULL_MARGIN_PX = 768;
/** The drawn area is computed again (in the background) once the view comes this close to its edge, in screen pixels. */
export const RECULL_AHEAD_PX = 512;

/** The area to draw for a visible area: the view grown by the margin (at least `least` board units) on every side. */
export function cullRectFor(visible: Rect, margin = CULL_MARGIN, least = 0): Rect {
  const dx = Math.max(visible.width * margin, least);
  const dy = Math.max(visible.height * margin, least);
  return { x: visible.x - dx, y: visible.y - dy, width: visible.width + 2 * dx, height: visible.height + 2 * dy };
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * Whether the drawn area must be computed again for what is now visible: when part of
 * the view falls outside it, or after zooming in it covers far more than needed.
 */
export function needsRecull(current: Rect | null, visible: Rect, margin = CULL_MARGIN, least = 0, ahead = 0): boolean {
  if (!current || !contains(current, cullRectFor(visible, 0, ahead))) return true;
  const ideal = cullRectFor(visible, margin, least);
  return current.width * current.height > 2.5 * ideal.width * ideal.height;
}

/** The notes (in their drawing order) whose rectangle touches `area`, found through a spatial index. */
export const notesInArea = notesTouching;

/**
 * `next`, or `previous` when it holds the same items in the same order: when a recull finds
 * the same notes (the whole board in view, zoomed out), what is drawn from them keeps its
 * identity, so nothing keyed on the list (a spatial index, a memo) is made again.
 */
export function sameOrNext<T>(previous: readonly T[] | null, next: readonly T[]): readonly T[] {
  return previous && previous.length === next.length && previous.every((item, i) => item === next[i]) ? previous : next;
}
