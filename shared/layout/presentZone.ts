import { wrapText, type MeasureText } from './wrapText';
import type { PlacedCard, PlacedGroup, PresentNote } from './presentation';

// One zone of the presentation laid out on its own, in presentation units: its notes' cards in
// card columns under its header, each group framed around its own notes. presentation.ts
// chooses how many columns each zone gets and where the zones go.

export const PRESENT_TEXT = { fontSize: 14, lineHeight: 17, padX: 8, padY: 6 } as const;
export const PRESENT_ZONE = { header: 26, labelSize: 15, labelLine: 18, pad: 8, gap: 10 } as const;
export const PRESENT_GROUP = { header: 20, labelSize: 13, pad: 6 } as const;
/** A zone's label wraps onto a second line rather than lose its words; a longer one ends with an ellipsis. */
const LABEL_LINES = 2;
/** A note card's gap to its neighbours. */
export const GAP = 6;
/**
 * A zone of up to this many card columns lays each group across its whole width. A wider zone
 * is made of lanes this many columns wide, side by side, and each group goes whole into the
 * lane that is shortest so far: a board of hundreds of notes fills the screen's width instead
 * of stacking its groups into one tall column.
 */
export const LANE_COLUMNS = 6;
/** Between two lanes: a card's gap plus the frames' reach past their cards on either side. */
const LANE_GAP = GAP + 2 * PRESENT_GROUP.pad;
/** A long note is still shown whole, but a pasted essay stops somewhere. */
export const MAX_LINES = 40;

export interface Block {
  clusterId: string | null;
  headline: string;
  notes: { note: PresentNote }[];
}

export interface ZoneLayout {
  width: number;
  /** The header's height and the label's lines in it. */
  header: number;
  labelLines: string[];
  /** The height its notes need below the header. */
  contentHeight: number;
  /** Cards and groups relative to the zone's top-left corner: made only for an arrangement shown, then kept. */
  placed(): { cards: readonly PlacedCard[]; groups: readonly PlacedGroup[] };
}

/** The card-column counts a zone can have: one to LANE_COLUMNS, then whole lanes. */
export function lanesOf(columns: number): { lanes: number; laneColumns: number } {
  return columns > LANE_COLUMNS
    ? { lanes: Math.ceil(columns / LANE_COLUMNS), laneColumns: LANE_COLUMNS }
    : { lanes: 1, laneColumns: columns };
}

function laneInner(laneColumns: number, cardWidth: number): number {
  return laneColumns * cardWidth + (laneColumns - 1) * GAP;
}

/** A zone's width with `columns` card columns (a whole number of lanes past LANE_COLUMNS). */
export function zoneWidth(columns: number, cardWidth: number): number {
  const { lanes, laneColumns } = lanesOf(columns);
  return lanes * laneInner(laneColumns, cardWidth) + (lanes - 1) * LANE_GAP + 2 * PRESENT_ZONE.pad;
}

/** The most whole lanes a zone can have within `width`, at least one. */
export function lanesWithin(width: number, cardWidth: number): number {
  const lane = laneInner(LANE_COLUMNS, cardWidth) + LANE_GAP;
  return Math.max(1, Math.floor((width - 2 * PRESENT_ZONE.pad + LANE_GAP) / lane));
}

export function zoneHeight(layout: ZoneLayout): number {
  return layout.header + PRESENT_ZONE.pad + layout.contentHeight + PRESENT_ZONE.pad - GAP;
}

export function cardHeight(lines: number): number {
  return 2 * PRESENT_TEXT.padY + Math.max(1, lines) * PRESENT_TEXT.lineHeight;
}

/**
 * Lays a zone's blocks out in `columns` card columns. Up to LANE_COLUMNS, one under another,
 * each across the whole width; past that, in lanes of LANE_COLUMNS, each group whole in the
 * lane shortest so far. Within a group each card goes to its lane's shortest column; the notes
 * in no group (always the last block) each go to the zone's shortest column, so short notes do
 * not leave gaps under long ones.
 */
export function layOutZone(
  label: string,
  blocks: Block[],
  columns: number,
  cardWidth: number,
  /** Each note's lines, in block order. */
  wrapped: readonly string[][],
  measureLabel: MeasureText,
): ZoneLayout {
  const { lanes, laneColumns } = lanesOf(columns);
  const count = lanes * laneColumns;
  const width = zoneWidth(columns, cardWidth);
  const inner = width - 2 * PRESENT_ZONE.pad;
  const laneWidth = laneInner(laneColumns, cardWidth);
  const labelLines = wrapText(label, inner, LABEL_LINES, measureLabel);
  const header = PRESENT_ZONE.header + (Math.max(1, labelLines.length) - 1) * PRESENT_ZONE.labelLine;
  const xOf = (column: number) =>
    PRESENT_ZONE.pad +
    Math.floor(column / laneColumns) * (laneWidth + LANE_GAP) +
    (column % laneColumns) * (cardWidth + GAP);
  // Walks the blocks once for the height; again, keeping each card and frame, only when placed.
  const walk = (cards: PlacedCard[] | null, groups: PlacedGroup[] | null): number => {
    // Where each column's next card goes.
    const bottoms = new Array<number>(count).fill(header + PRESENT_ZONE.pad);
    const highest = (from: number, to: number) => {
      let y = bottoms[from];
      for (let c = from + 1; c < to; c++) if (bottoms[c] > y) y = bottoms[c];
      return y;
    };
    const place = (note: PresentNote, lines: string[], from: number, to: number) => {
      let column = from;
      for (let c = from + 1; c < to; c++) if (bottoms[c] < bottoms[column]) column = c;
      const height = cardHeight(lines.length);
      cards?.push({ id: note.id, lines, x: xOf(column), y: bottoms[column], width: cardWidth, height });
      bottoms[column] += height + GAP;
    };
    let k = 0;
    for (const block of blocks) {
      if (block.clusterId === null) {
        // Each card to the zone's shortest column: a heap, so that a zone of many lanes walks its notes once.
        const shortest = columnHeap(bottoms);
        for (const { note } of block.notes) {
          const lines = wrapped[k++];
          const column = shortest.top();
          const height = cardHeight(lines.length);
          cards?.push({ id: note.id, lines, x: xOf(column), y: bottoms[column], width: cardWidth, height });
          bottoms[column] += height + GAP;
          shortest.raised();
        }
        continue;
      }
      // The lane whose cards end highest (the first of equals).
      let lane = 0;
      let top = highest(0, laneColumns);
      for (let l = 1; l < lanes; l++) {
        const y = highest(l * laneColumns, (l + 1) * laneColumns);
        if (y < top) [lane, top] = [l, y];
      }
      const from = lane * laneColumns;
      const to = from + laneColumns;
      bottoms.fill(top + PRESENT_GROUP.header, from, to);
      for (const { note } of block.notes) place(note, wrapped[k++], from, to);
      // A group's frame reaches a little past its cards, into the padding, so the cards keep their width.
      const bottom = highest(from, to) + PRESENT_GROUP.pad - GAP;
      groups?.push({
        id: block.clusterId,
        headline: block.headline,
        x: xOf(from) - PRESENT_GROUP.pad,
        y: top,
        width: laneWidth + 2 * PRESENT_GROUP.pad,
        height: bottom - top,
      });
      bottoms.fill(bottom + GAP, from, to);
    }
    return highest(0, count);
  };
  const y = walk(null, null);
  // An empty zone keeps the height of one card, so the room sees it is waiting for notes.
  const contentHeight = Math.max(y - header - PRESENT_ZONE.pad, cardHeight(1) + GAP);
  let placed: { cards: PlacedCard[]; groups: PlacedGroup[] } | null = null;
  return {
    width,
    header,
    labelLines,
    contentHeight,
    placed() {
      if (!placed) {
        placed = { cards: [], groups: [] };
        walk(placed.cards, placed.groups);
      }
      return placed;
    },
  };
}

/**
 * The columns in a binary heap on (where the column's next card goes, the column): `top()` is
 * the shortest column, the first of equals, as a walk along the columns finds it; call
 * `raised()` after the top column's bottom grows.
 */
function columnHeap(bottoms: number[]): { top(): number; raised(): void } {
  const heap = bottoms.map((_, i) => i);
  const n = heap.length;
  const before = (a: number, b: number) => bottoms[a] < bottoms[b] || (bottoms[a] === bottoms[b] && a < b);
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      let least = i;
      if (left < n && before(heap[left], heap[least])) least = left;
      if (left + 1 < n && before(heap[left + 1], heap[least])) least = left + 1;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least], heap[i]];
      i = least;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) down(i);
  return { top: () => heap[0], raised: () => down(0) };
}
