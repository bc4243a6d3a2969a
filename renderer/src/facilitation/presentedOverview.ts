import type Konva from 'konva';
import { PRESENT_TEXT, type PlacedCard } from '../../../shared/layout/presentation';
import type { BoardTheme } from '../board/theme';

/**
 * Below this size (screen pixels) a note's text cannot be read, so presenter mode draws its
 * cards as one shape (presentedOverview) instead of three Konva nodes a card: at 2,000 notes
 * that is one node, not 6,000, for a board the room reads by its shape and colours.
 */
export const LEGIBLE_TEXT_PX = 4;

/**
 * Every card as the room sees it when its text is too small to read: the card, a faint bar for
 * each line of its text (as long as the line), and a dot where it has votes.
 */
export function drawPresentedOverview(
  ctx: Konva.Context,
  cards: readonly PlacedCard[],
  dots: ReadonlyMap<string, number>,
  theme: BoardTheme,
  measure: (text: string) => number,
): void {
  const { padX, padY, lineHeight, fontSize } = PRESENT_TEXT;
  ctx.fillStyle = theme.noteFill;
  for (const card of cards) ctx.fillRect(card.x, card.y, card.width, card.height);
  ctx.fillStyle = theme.noteText;
  ctx.globalAlpha = 0.3;
  for (const card of cards) {
    const room = card.width - 2 * padX;
    card.lines.forEach((line, i) => {
      const top = card.y + padY + i * lineHeight + (lineHeight - fontSize) / 2;
      ctx.fillRect(card.x + padX, top, Math.min(room, measure(line)), fontSize * 0.8);
    });
  }
  ctx.globalAlpha = 1;
  ctx.fillStyle = theme.selection;
  for (const card of cards) {
    if (!dots.get(card.id)) continue;
    ctx.beginPath();
    ctx.arc(card.x + card.width - 4, card.y + 4, 11, 0, 2 * Math.PI);
    ctx.fill();
  }
}
