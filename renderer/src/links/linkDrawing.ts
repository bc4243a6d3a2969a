import type Konva from 'konva';
import { NOTE_SIZE, type Rect } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import { arrowBetween, type Arrow } from '../../../shared/links/links';
import { drawnItems } from '../board/tiles';

/** A link drawn on the board, between its two notes. */
export interface DrawnLink {
  from: Note;
  to: Note;
}

const HEAD = 12;
/** How far an arrow (its head, its line's width) reaches beyond its notes' rectangles, in board units. */
const REACH = 2 * HEAD + 6;

/** The rectangle covering a link's two notes: its arrow lies inside it. */
function linkBounds({ from, to }: DrawnLink): Rect {
  const x = Math.min(from.x, to.x);
  const y = Math.min(from.y, to.y);
  return {
    x,
    y,
    width: Math.max(from.x, to.x) + NOTE_SIZE.width - x,
    height: Math.max(from.y, to.y) + NOTE_SIZE.height - y,
  };
}

/** An arrow with its head at `to`, the head and line the same size on screen down to half zoom. */
export function drawArrow(ctx: Konva.Context, arrow: Arrow, scale: number): void {
  const { from, to } = arrow;
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const head = HEAD / Math.max(scale, 0.5);
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  // The line stops at the head's base, so its square end does not poke through the point.
  ctx.lineTo(to.x - Math.cos(angle) * head * 0.8, to.y - Math.sin(angle) * head * 0.8);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(to.x, to.y);
  ctx.lineTo(to.x - head * Math.cos(angle - Math.PI / 7), to.y - head * Math.sin(angle - Math.PI / 7));
  ctx.lineTo(to.x - head * Math.cos(angle + Math.PI / 7), to.y - head * Math.sin(angle + Math.PI / 7));
  ctx.closePath();
  ctx.fill();
}

/**
 * Each link's arrow, in the context's current stroke and fill. With `moved` (a note's place
 * while a drag moves it; the links are then drawn over the view, every one), else only the
 * links in the area being drawn (a bitmap tile asks the spatial index for its own).
 */
export function drawLinks(
  ctx: Konva.Context,
  links: readonly DrawnLink[],
  scale: number,
  moved?: (note: Note) => Pick<Note, 'x' | 'y'>,
): void {
  for (const { from, to } of moved ? links : drawnItems(links, linkBounds, REACH)) {
    const arrow = moved ? arrowBetween(moved(from), moved(to)) : arrowBetween(from, to);
    if (arrow) drawArrow(ctx, arrow, scale);
  }
}
