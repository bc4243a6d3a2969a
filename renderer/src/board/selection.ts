import { NOTE_SIZE, rectsIntersect, type Rect } from '../../../shared/document/geometry';
import type { NoteId } from '../../../shared/ids';
import type { Note, Zone } from '../../../shared/document/schema';
import { topNoteAt } from './spatialIndex';
import { readingOrderOf } from '../../../shared/layout/readingOrder';
import type { Point } from './viewport';

export type Selection = ReadonlySet<NoteId>;

export const EMPTY_SELECTION: Selection = new Set();

/**
 * The order a keyboard user meets notes in: zone by zone (in the zones' own order, notes
 * outside any zone last), then top to bottom, then left to right.
 */
export function readingOrder(notes: readonly Note[], zones: readonly Zone[]): NoteId[] {
  return readingOrderOf(notes, zones).map((n) => n.id);
}

/**
 * The order Tab walks a board in: the table's own notes first, in reading order, then the
 * reference cards, so that reaching the second note is two Tabs however many cards there are.
 */
export function tabOrder(notes: readonly Note[], zones: readonly Zone[]): NoteId[] {
  return [
    ...readingOrder(
      notes.filter((n) => n.kind === 'participant'),
      zones,
    ),
    ...readingOrder(
      notes.filter((n) => n.kind !== 'participant'),
      zones,
    ),
  ];
}

/**
 * The table's notes numbered 1, 2, 3… in reading order, as the board labels them while voting
 * is open: a digit key picks a note by its number (reference cards have none).
 */
export function noteNumbers(notes: readonly Note[], zones: readonly Zone[]): ReadonlyMap<NoteId, number> {
  const order = readingOrder(
    notes.filter((n) => n.kind === 'participant'),
    zones,
  );
  return new Map(order.map((id, i) => [id, i + 1]));
}

/**
 * The note after (or before) `current` in reading order; the first (or last) when there is
 * no current note; null past either end, so Tab can leave the board.
 */
export function neighbourInReadingOrder(
  order: readonly NoteId[],
  current: NoteId | null,
  direction: 1 | -1,
): NoteId | null {
  if (order.length === 0) return null;
  const index = current === null ? -1 : order.indexOf(current);
  if (index === -1) return direction === 1 ? order[0] : order[order.length - 1];
  return order[index + direction] ?? null;
}

/**
 * The first note of the next (1) or previous (-1) zone that has notes, from `current`, in
 * reading order; notes outside every zone count as one last zone. Null when there is none.
 */
export function firstNoteOfNeighbourZone(
  order: readonly NoteId[],
  zoneOf: (id: NoteId) => string | null,
  current: NoteId | null,
  direction: 1 | -1,
): NoteId | null {
  const starts: number[] = [];
  order.forEach((id, i) => {
    if (i === 0 || zoneOf(order[i - 1]) !== zoneOf(id)) starts.push(i);
  });
  if (starts.length === 0) return null;
  const index = current === null ? -1 : order.indexOf(current);
  if (index === -1) return order[direction === 1 ? starts[0] : starts[starts.length - 1]];
  const zone = starts.filter((start) => start <= index).length - 1;
  const target = starts[zone + direction];
  return target === undefined ? null : order[target];
}

/** The top-most note under a board point (notes later in drawing order lie on top), or null. */
export const noteAt = topNoteAt;

/** The rectangle spanned by two corners, whichever way the band was dragged. */
export function bandRect(from: Point, to: Point): Rect {
  return {
    x: Math.min(from.x, to.x),
    y: Math.min(from.y, to.y),
    width: Math.abs(to.x - from.x),
    height: Math.abs(to.y - from.y),
  };
}

/** The notes a rubber band touches. */
export function notesInBand(notes: readonly Note[], band: Rect): NoteId[] {
  const ids: NoteId[] = [];
  for (const n of notes) {
    if (rectsIntersect(band, { x: n.x, y: n.y, width: NOTE_SIZE.width, height: NOTE_SIZE.height })) ids.push(n.id);
  }
  return ids;
}

/** The selection with `id` added, or removed if it was there (Shift+click). */
export function toggled(selection: Selection, id: NoteId): Selection {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The selection without notes that no longer exist; the same object when nothing was dropped. */
export function pruned(selection: Selection, exists: (id: NoteId) => boolean): Selection {
  for (const id of selection) {
    if (!exists(id)) return new Set([...selection].filter(exists));
  }
  return selection;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
