import { useCallback, useMemo, type RefObject } from 'react';
import { Group, Shape } from '../board/reactKonva';
import type Konva from 'konva';
import type { Note, SessionDocument, Zone } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import { dotTally, ratingDistribution } from '../../../shared/voting/tallies';
import { drawVotes, type VotePaint } from './voteDrawing';
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

function readVotePaint(): VotePaint {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { badge: read('--vote-badge'), badgeText: read('--vote-badge-text'), track: read('--vote-track') };
}

/**
 * Revealed results drawn over the board: on each voted note a count badge and a bar in
 * proportion to the most-voted note; on each rated zone its mean and how many rated it.
 * No count at all while results are hidden. While voting is on, each of the table's notes
 * carries its number on its top-left corner, so a participant picks it by typing it.
 * One shape draws every badge in one pass (voteDrawing.ts).
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
    (ctx: Konva.Context) =>
      drawVotes(ctx, {
        notes,
        tally,
        max,
        ratings,
        numbers,
        revealed,
        paint,
        scale: board.current.scale,
        pixelRatio: globalThis.devicePixelRatio || 1,
      }),
    [notes, tally, ratings, paint, max, board, numbers, revealed],
  );

  if (!numbers?.size && (!revealed || (tally.size === 0 && ratings.length === 0))) return null;
  return (
    <Group listening={false}>
      <Shape name="votes" sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Group>
  );
}
