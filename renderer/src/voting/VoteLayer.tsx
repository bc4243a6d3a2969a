import { useCallback, useMemo, type RefObject } from 'react';
import { Group, Shape } from '../board/reactKonva';
import { inDrawnArea } from '../board/tiles';
import type Konva from 'konva';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import type { Note, SessionDocument, Zone } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import { dotTally, ratingDistribution } from '../../../shared/voting/tallies';
import { meanRating } from '../../../shared/voting/typedCounts';
import { FONT_FAMILY } from '../board/boardFont';
import type { NotePaint } from '../board/noteDrawing';
import type { BoardTheme } from '../board/theme';

interface VoteLayerProps {
  doc: SessionDocument;
  boardId: BoardId;
  /** The notes being drawn now (already culled to the view). */
  notes: readonly Note[];
  zones: readonly Zone[];
  /** The table's notes' numbers while voting is on (digits pick a note by them), else null. */
  numbers: ReadonlyMap<NoteId, number> | null;
  /** Changes identity when the theme does, so the colours are read again. */
  theme: BoardTheme;
  /** The board's paint, for the current zoom when drawing. */
  paint: RefObject<NotePaint>;
}

interface VotePaint {
  badge: string;
  badgeText: string;
  track: string;
}

function readVotePaint(): VotePaint {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { badge: read('--vote-badge'), badgeText: read('--vote-badge-text'), track: read('--vote-track') };
}

const BADGE_RADIUS = 15;
const BAR_HEIGHT = 5;

/** How much larger than its board size a badge is drawn when zoomed out, so a count stays readable (up to 2.2 times). */
function enlargement(scale: number): number {
  return Math.min(2.2, Math.max(1, 0.6 / scale));
}

/**
 * Revealed results drawn over the board: on each voted note a count badge and a bar in
 * proportion to the most-voted note; on each rated zone its mean and how many rated it.
 * No count at all while results are hidden. While voting is on, each of the table's notes
 * carries its number on its top-left corner, so a participant picks it by typing it.
 * One shape draws every badge in one pass.
 */
export function VoteLayer({ doc, boardId, notes, zones, numbers, theme, paint: board }: VoteLayerProps) {
  const revealed = doc.boards[boardId]?.voting === 'revealed';
  const votes = doc.votes;
  const tally = useMemo(() => (revealed ? dotTally(doc, boardId) : new Map()), [votes, boardId, revealed]);
  const scale = (doc.boards[boardId] && doc.exercises[doc.boards[boardId].exerciseId]?.voting?.rating?.scale) || 0;
  const ratings = useMemo(
    () =>
      revealed && scale
        ? zones
            .map((z) => ({ zone: z, counts: ratingDistribution(doc, boardId, z.id, scale) }))
            .filter((r) => r.counts.some((n) => n > 0))
        : [],
    [votes, zones, boardId, revealed, scale],
  );
  const paint = useMemo(() => readVotePaint(), [theme]);
  const max = Math.max(1, ...tally.values());

  const sceneFunc = useCallback(
    (ctx: Konva.Context) => {
      const k = enlargement(board.current.scale);
      // Device pixels per board unit: a badge under a pixel across, or a count under a pixel
      // tall, would leave no more than a faint speck; thousands of them cost seconds a frame.
      const px = board.current.scale * (globalThis.devicePixelRatio || 1);
      const badges = 2 * BADGE_RADIUS * k * px >= 1;
      const counts = 14 * k * px >= 1;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      if (numbers) drawNumbers(ctx, notes, numbers, paint, k);
      for (const note of notes) {
        if (!revealed || !badges) break;
        const n = tally.get(note.id) ?? 0;
        if (
          n === 0 ||
          !inDrawnArea(note.x - 30 * k, note.y - 30 * k, NOTE_SIZE.width + 60 * k, NOTE_SIZE.height + 60 * k)
        )
          continue;
        const inner = NOTE_SIZE.width - 24;
        // Along the note's bottom edge, below its last line of text.
        const barY = note.y + NOTE_SIZE.height - BAR_HEIGHT - 2;
        ctx.fillStyle = paint.track;
        ctx.fillRect(note.x + 12, barY, inner, BAR_HEIGHT);
        ctx.fillStyle = paint.badge;
        ctx.fillRect(note.x + 12, barY, (inner * n) / max, BAR_HEIGHT);
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
      for (const { zone, counts } of ratings) {
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
    },
    [notes, tally, ratings, paint, max, board, numbers, revealed],
  );

  if (!numbers?.size && (!revealed || (tally.size === 0 && ratings.length === 0))) return null;
  return (
    <Group listening={false}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Group>
  );
}

const NUMBER_RADIUS = 13;

/**
 * Each numbered note's number in a ring on its top-left corner, clear of its text and of the vote
 * count on the right; in a tile, only those that reach into it.
 */
export function drawNumbers(
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
    // Only those in the tile being drawn (each tile of the board draws this shape again).
    const reach = radius + 4 * k;
    if (!inDrawnArea(x - reach, y - reach, 2 * reach, 2 * reach)) continue;
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
