import { NOTE_SIZE, freeSpotInZone, type Rect } from '../document/geometry';
import type { ExerciseTemplate, ReferenceCard } from './schema';

/** A zone of a template placed on a board: the key reference cards name, and where it stands. */
export interface PlacedZone extends Rect {
  key: string;
  label: string;
  source: 'seed' | 'ours';
}

const GAP = 32;
const COLUMN = { width: 420, height: 960 };
const CELL = { width: 420, height: 660 };
const MATRIX_CELL = { width: 600, height: 420 };
/** Room for the arrow between From and To. */
const FROM_TO_GAP = 120;
/** A spectrum's positions touch but for a hairline, so the band reads as one line from end to end. */
const SPECTRUM = { width: 360, height: 720, gap: 4 };

/** Where each of the template's zones goes, by its layout. Pure geometry; the board draws it. */
export function layoutZones(template: Pick<ExerciseTemplate, 'layout' | 'zones'>): PlacedZone[] {
  const { layout, zones } = template;
  switch (layout.kind) {
    case 'columns':
      return zones.map((z, i) => ({ ...z, x: i * (COLUMN.width + GAP), y: 0, ...COLUMN }));
    case 'fromTo':
      return zones.map((z, i) => ({ ...z, x: i * (COLUMN.width + FROM_TO_GAP), y: 0, ...COLUMN }));
    case 'spectrum':
      return zones.map((z, i) => ({
        ...z,
        x: i * (SPECTRUM.width + SPECTRUM.gap),
        y: 0,
        width: SPECTRUM.width,
        height: SPECTRUM.height,
      }));
    case 'grid':
      return zones.map((z, i) => ({
        ...z,
        x: (i % layout.columns) * (CELL.width + GAP),
        y: Math.floor(i / layout.columns) * (CELL.height + GAP),
        ...CELL,
      }));
    case 'matrix':
      // Each zone is a row; each of the layout's columns splits it into cells named row·column.
      return zones.flatMap((row, r) =>
        layout.columns.map((column, c) => ({
          key: `${row.key}.${column.key}`,
          label: `${row.label} · ${column.label}`,
          source: row.source === 'seed' && column.source === 'seed' ? 'seed' : 'ours',
          x: c * (MATRIX_CELL.width + GAP),
          y: r * (MATRIX_CELL.height + GAP),
          ...MATRIX_CELL,
        })),
      );
  }
}

/** The placed zone a reference card starts in: its own zone, or in a matrix the first cell of its row. */
export function zoneForCard(card: ReferenceCard, placed: readonly PlacedZone[]): PlacedZone | null {
  if (card.zone === null) return null;
  return placed.find((z) => z.key === card.zone) ?? placed.find((z) => z.key.startsWith(`${card.zone}.`)) ?? null;
}

/**
 * Where every reference card starts: inside its zone, below the cards already there; the
 * deck's framing cards (no zone) in columns to the left of the zones, in the deck's order.
 */
export function placeReferenceCards(
  cards: readonly ReferenceCard[],
  placed: readonly PlacedZone[],
): { x: number; y: number }[] {
  const inZone = new Map<string, { x: number; y: number }[]>();
  let framing = 0;
  const perColumn = 7;
  return cards.map((card) => {
    const zone = zoneForCard(card, placed);
    if (!zone) {
      const i = framing++;
      const column = Math.floor(i / perColumn);
      return { x: -(column + 1) * (NOTE_SIZE.width + 16) - GAP, y: 48 + (i % perColumn) * (NOTE_SIZE.height + 12) };
    }
    const taken = inZone.get(zone.key) ?? [];
    const spot = freeSpotInZone(zone, taken);
    inZone.set(zone.key, [...taken, spot]);
    return spot;
  });
}
