import type { Size } from './presentation';

/** A reference card in the presenter's deck, drawn at this size in CSS pixels so its text reads across a room. */
export const DECK_CARD = { width: 300, height: 150, gap: 16 } as const;

export interface DeckPage {
  /** Index of the page's first card. */
  first: number;
  /** How many cards a page holds. */
  perPage: number;
  page: number;
  pages: number;
}

/** How the deck of `count` reference cards pages in an area of `area`, showing page `page` (clamped). */
export function deckPage(count: number, area: Size, page: number): DeckPage {
  const across = Math.max(1, Math.floor((area.width + DECK_CARD.gap) / (DECK_CARD.width + DECK_CARD.gap)));
  const down = Math.max(1, Math.floor((area.height + DECK_CARD.gap) / (DECK_CARD.height + DECK_CARD.gap)));
  const perPage = across * down;
  const pages = Math.max(1, Math.ceil(count / perPage));
  const shown = Math.min(Math.max(0, page), pages - 1);
  return { first: shown * perPage, perPage, page: shown, pages };
}
