import { useRef } from 'react';
import { DECK_CARD, deckPage } from '../../../shared/layout/deck';
import type { Note } from '../../../shared/document/schema';
import { useElementSize } from '../board/useElementSize';

interface ReferenceDeckProps {
  cards: readonly Note[];
  page: number;
}

/**
 * The exercise's reference cards, opened over the board in presenter mode (R): as many as
 * fit at a size the room can read, a page at a time (Page Down / Page Up while it is open).
 */
export function ReferenceDeck({ cards, page }: ReferenceDeckProps) {
  const area = useRef<HTMLDivElement>(null);
  const size = useElementSize(area);
  const shown = deckPage(cards.length, size, page);
  return (
    <section className="presenter-deck" aria-label="Reference cards">
      <p className="presenter-deck-heading">
        Reference cards {shown.first + 1}–{Math.min(cards.length, shown.first + shown.perPage)} of {cards.length}
        {shown.pages > 1 && ` · page ${shown.page + 1} of ${shown.pages}`}
      </p>
      <div ref={area} className="presenter-deck-cards">
        <ul style={{ gridTemplateColumns: `repeat(auto-fill, ${DECK_CARD.width}px)`, gap: DECK_CARD.gap }}>
          {size.width > 0 &&
            cards.slice(shown.first, shown.first + shown.perPage).map((card) => (
              <li key={card.id} style={{ height: DECK_CARD.height }}>
                {card.text}
              </li>
            ))}
        </ul>
      </div>
    </section>
  );
}
