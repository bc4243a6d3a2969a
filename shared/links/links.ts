import type { Link, Note, SessionDocument } from '../document/schema';
import { NOTE_SIZE } from '../document/geometry';
import { newId, type BoardId, type LinkId, type NoteId } from '../ids';
import { fail, ok, type Result } from '../result';

/**
 * The links to add from one note to others on a board: one per target, leaving out the
 * note itself and targets it already points at, or why there is nothing to add.
 */
export function planLinks(
  doc: SessionDocument,
  boardId: BoardId,
  fromId: NoteId,
  toIds: readonly NoteId[],
): Result<Link[]> {
  const from = doc.notes[fromId];
  if (!from || from.boardId !== boardId) return fail('invalid-input', 'Choose the note the link starts from first.');
  const existing = new Set(
    Object.values(doc.links)
      .filter((l) => l.fromNoteId === fromId)
      .map((l) => l.toNoteId),
  );
  const targets = [...new Set(toIds)].filter((id) => id !== fromId && doc.notes[id]?.boardId === boardId);
  if (targets.length === 0) return fail('invalid-input', 'Choose another note on this board to link to.');
  const fresh = targets.filter((id) => !existing.has(id));
  if (fresh.length === 0)
    return fail(
      'conflict',
      targets.length === 1 ? 'These two notes are already linked.' : 'These notes are already linked.',
    );
  return ok(fresh.map((toNoteId) => ({ id: newId('link'), boardId, fromNoteId: fromId, toNoteId })));
}

/** A board's links, in a stable order. */
export function linksOfBoard(doc: SessionDocument, boardId: BoardId): Link[] {
  return Object.values(doc.links)
    .filter((l) => l.boardId === boardId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The links that start or end at any of `noteIds`. */
export function linksTouching(doc: SessionDocument, noteIds: readonly NoteId[]): LinkId[] {
  const ids = new Set(noteIds);
  return Object.values(doc.links)
    .filter((l) => ids.has(l.fromNoteId) || ids.has(l.toNoteId))
    .map((l) => l.id);
}

export interface Arrow {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** Where the line from a rectangle's centre towards `toward` leaves the rectangle. */
function edgePoint(centre: { x: number; y: number }, toward: { x: number; y: number }, gap: number) {
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  const halfW = NOTE_SIZE.width / 2 + gap;
  const halfH = NOTE_SIZE.height / 2 + gap;
  const t = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  return { x: centre.x + dx * t, y: centre.y + dy * t };
}

const centreOf = (n: Pick<Note, 'x' | 'y'>) => ({ x: n.x + NOTE_SIZE.width / 2, y: n.y + NOTE_SIZE.height / 2 });

/**
 * The arrow between two notes: from the edge of one to the edge of the other along the
 * line between their centres, a little clear of each so the head does not touch the card.
 * Null when the notes overlap so much there is no line to draw.
 */
export function arrowBetween(from: Pick<Note, 'x' | 'y'>, to: Pick<Note, 'x' | 'y'>, gap = 6): Arrow | null {
  const a = centreOf(from);
  const b = centreOf(to);
  if (Math.abs(a.x - b.x) < NOTE_SIZE.width + 2 * gap && Math.abs(a.y - b.y) < NOTE_SIZE.height + 2 * gap) return null;
  return { from: edgePoint(a, b, gap), to: edgePoint(b, a, gap) };
}

/** The rectangle an arrow covers, to cull it against the view. */
export function arrowBounds(arrow: Arrow): { x: number; y: number; width: number; height: number } {
  const x = Math.min(arrow.from.x, arrow.to.x);
  const y = Math.min(arrow.from.y, arrow.to.y);
  return { x, y, width: Math.abs(arrow.from.x - arrow.to.x), height: Math.abs(arrow.from.y - arrow.to.y) };
}

/** The arrow from a note's edge to a point, e.g. the pointer while a link is dragged out; null while the point is on the note. */
export function arrowToPoint(from: Pick<Note, 'x' | 'y'>, point: { x: number; y: number }, gap = 6): Arrow | null {
  const a = centreOf(from);
  if (Math.abs(point.x - a.x) <= NOTE_SIZE.width / 2 + gap && Math.abs(point.y - a.y) <= NOTE_SIZE.height / 2 + gap)
    return null;
  return { from: edgePoint(a, point, gap), to: point };
}
