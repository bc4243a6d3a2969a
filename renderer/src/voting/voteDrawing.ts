import type Konva from 'konva';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import type { Note, Zone } from '../../../shared/document/schema';
import type { NoteId } from '../../../shared/ids';
import { meanRating } from '../../../shared/voting/typedCounts';
import { FONT_FAMILY } from '../board/boardFont';
import { drawnNotes } from '../board/tiles';

/** The colours results are drawn in (read from the theme's CSS variables). */
export interface VotePaint {
  badge: string;
  badgeText: string;
  track: string;
}

/** What the results drawn over a board are drawn from. */
export interface VoteDrawing {
  /** The notes being drawn now (already culled to the view). */
  notes: readonly Note[];
  /** Dots per note, when results are revealed; else empty. */
  tally: ReadonlyMap<NoteId, number>;
  /** The most dots on one note (at least 1): a note's bar is in proportion to it. */
  max: number;
  /** Each rated zone's counts per rating. */
  ratings: readonly { zone: Zone; counts: readonly number[] }[];
  /** The table's notes' numbers while voting is on, else null. */
  numbers: ReadonlyMap<NoteId, number> | null;
  revealed: boolean;
  paint: VotePaint;
  /** The board's zoom, and device pixels per CSS pixel. */
  scale: number;
  pixelRatio: number;
}

const BADGE_RADIUS = 15;
const BAR_HEIGHT = 5;
const NUMBER_RADIUS = 13;

/** How much larger than its board size a badge is drawn when zoomed out, so a count stays readable (up to 2.2 times). */
export function enlargement(scale: number): number {
  return Math.min(2.2, Math.max(1, 0.6 / scale));
}

/**
 * Revealed results over the board: on each voted note a count badge and a bar in proportion
 * to the most-voted note; on each rated zone its mean and how many rated it; while voting is
 * on, each numbered note's number. In one pass, over the notes in the area being drawn only
 * (a bitmap tile asks the spatial index for its own; see drawnNotes).
 */
export function drawVotes(ctx: Konva.Context, v: VoteDrawing): void {
  const { paint, tally } = v;
  const k = enlargement(v.scale);
  // Device pixels per board unit: a badge under a pixel across, or a count under a pixel
  // tall, would leave no more than a faint speck; thousands of them cost seconds a frame.
  const px = v.scale * v.pixelRatio;
  const badges = 2 * BADGE_RADIUS * k * px >= 1;
  const counts = 14 * k * px >= 1;
  const rings = 2 * NUMBER_RADIUS * k * px >= 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // A badge or a number reaches 2 × its radius (enlarged) beyond its note's corner.
  const reach = 2 * (BADGE_RADIUS + 2) * k;
  if (v.numbers?.size && rings) drawNumbers(ctx, drawnNotes(v.notes, reach), v.numbers, paint, k);
  if (v.revealed && badges && tally.size > 0)
    for (const note of drawnNotes(v.notes, reach)) {
      const n = tally.get(note.id) ?? 0;
      if (n === 0) continue;
      const inner = NOTE_SIZE.width - 24;
      // Along the note's bottom edge, below its last line of text.
      const barY = note.y + NOTE_SIZE.height - BAR_HEIGHT - 2;
      ctx.fillStyle = paint.track;
      ctx.fillRect(note.x + 12, barY, inner, BAR_HEIGHT);
      ctx.fillStyle = paint.badge;
      ctx.fillRect(note.x + 12, barY, (inner * n) / v.max, BAR_HEIGHT);
      ctx.beginPath();
      ctx.arc(note.x + NOTE_SIZE.width - 4, note.y + 4, BADGE_RADIUS * k, 0, Math.PI * 2);
      ctx.fill();
      if (!counts) continue;
      ctx.fillStyle = paint.badgeText;
      ctx.font = `700 ${14 * k}px ${FONT_FAMILY}`;
      ctx.fillText(String(n), note.x + NOTE_SIZE.width - 4, note.y + 5 * k);
    }
  ctx.textAlign = 'right';
  ctx.font = `600 ${15 * k}px ${FONT_FAMILY}`;
  for (const { zone, counts } of v.ratings) {
    const total = counts.reduce((a, b) => a + b, 0);
    const label = `Mean ${meanRating(counts)!.toFixed(1)} · ${total} rating${total === 1 ? '' : 's'}`;
    const width = Math.min(zone.width, ctx.measureText(label).width + 20 * k);
    const height = 26 * k;
    const x = zone.x + zone.width - width;
    // Just above the zone, right-aligned, clear of its label and its notes.
    ctx.fillStyle = paint.badge;
    ctx.beginPath();
    ctx.roundRect(x, zone.y - height - 6, width, height, height / 2);
    ctx.fill();
    ctx.fillStyle = paint.badgeText;
    ctx.fillText(label, x + width - 10 * k, zone.y - 6 - height / 2 + 1);
  }
}

/** Each numbered note's number in a ring on its top-left corner, clear of its text and of the vote count on the right. */
function drawNumbers(
  ctx: Konva.Context,
  notes: readonly Note[],
  numbers: ReadonlyMap<NoteId, number>,
  paint: VotePaint,
  k: number,
): void {
  const radius = NUMBER_RADIUS * k;
  ctx.font = `700 ${15 * k}px ${FONT_FAMILY}`;
  ctx.lineWidth = 2 * k;
  for (const note of notes) {
    const n = numbers.get(note.id);
    if (n === undefined) continue;
    const x = note.x + 2;
    const y = note.y + 2;
    ctx.beginPath();
    ctx.arc(x, y, radius + (n > 9 ? 2 * k : 0), 0, Math.PI * 2);
    ctx.fillStyle = paint.badgeText;
    ctx.fill();
    ctx.strokeStyle = paint.badge;
    ctx.stroke();
    ctx.fillStyle = paint.badge;
    ctx.fillText(String(n), x, y + k);
  }
}
