import type { Rect } from '../document/geometry';
import { wrapText, type MeasureText } from './wrapText';
import {
  cardHeight,
  GAP,
  lanesOf,
  lanesWithin,
  LANE_COLUMNS,
  layOutZone,
  MAX_LINES,
  PRESENT_TEXT,
  PRESENT_ZONE,
  zoneHeight,
  zoneWidth,
  type Block,
  type ZoneLayout,
} from './presentZone';
import { keptWraps, keptZones, presentationMemo, sameRecords, type PresentationMemo } from './presentationMemo';

export { presentationMemo, type PresentationMemo } from './presentationMemo';
export { PRESENT_GROUP, PRESENT_TEXT, PRESENT_ZONE, type Block, type ZoneLayout } from './presentZone';

/**
 * The board as a room sees it on a projector: the participants' notes gathered into their
 * zones, the zones reflowed to the screen's shape (a row of columns, or a grid when that
 * lets the notes be drawn larger), each group's notes together under its headline, and the
 * zoom that draws the notes' text as large as the screen allows. Reference cards are left
 * out: the presenter folds them into a deck the facilitator opens on demand.
 *
 * Pure geometry in "presentation units": a card's text is PRESENT_TEXT.fontSize units high,
 * so the text is drawn at `scale × fontSize` screen pixels. The document is not changed.
 */

export interface Size {
  width: number;
  height: number;
}

export interface PresentZone {
  id: string;
  label: string;
  order: number;
}

export interface PresentNote {
  id: string;
  /** The zone the note is in; notes in no zone (or an unknown one) are shown together after the zones. */
  zoneId: string | null;
  text: string;
  clusterId: string | null;
}

export interface PresentCluster {
  id: string;
  headline: string;
  order: number;
}

export interface PresentationInput {
  /** The screen area the board is drawn in, in CSS pixels. */
  screen: Size;
  zones: readonly PresentZone[];
  /** The participants' notes only. */
  notes: readonly PresentNote[];
  clusters: readonly PresentCluster[];
  /** Measures text in the note font at PRESENT_TEXT.fontSize. */
  measure: MeasureText;
  /** Measures a zone's label in its font (semibold, PRESENT_ZONE.labelSize); by default the note font scaled up. */
  measureLabel?: MeasureText;
  /** The most card columns a zone may take; by default as many as draw the text largest. */
  maxCardColumns?: number;
}

/** What the layout reads of the board (the rest of PresentationInput is the screen and the fonts). */
export type PresentationContent = Pick<PresentationInput, 'zones' | 'notes' | 'clusters'>;

/** Whether two boards' content lays out the same: the same zones, notes and groups, field for field, in the same order. */
export function samePresentationInput(a: PresentationContent, b: PresentationContent): boolean {
  return (
    sameRecords(a.zones, b.zones, (x, y) => x.id === y.id && x.label === y.label && x.order === y.order) &&
    sameRecords(
      a.notes,
      b.notes,
      (x, y) => x.id === y.id && x.zoneId === y.zoneId && x.text === y.text && x.clusterId === y.clusterId,
    ) &&
    sameRecords(a.clusters, b.clusters, (x, y) => x.id === y.id && x.headline === y.headline && x.order === y.order)
  );
}

export interface PlacedCard extends Rect {
  id: string;
  /** The note's whole text, wrapped to the card: nothing is cut off. */
  lines: string[];
}

export interface PlacedZone extends Rect {
  id: string;
  label: string;
  order: number;
  /** The header band's height, and the label wrapped into it. */
  header: number;
  labelLines: string[];
}

export interface PlacedGroup extends Rect {
  id: string;
  headline: string;
}

export interface Presentation {
  /** Screen pixels per presentation unit. */
  scale: number;
  /** Where the content's top-left corner is drawn, in screen pixels (it is centred on the screen). */
  offset: { x: number; y: number };
  /** The whole content, in presentation units. */
  size: Size;
  zones: PlacedZone[];
  cards: PlacedCard[];
  /** Each group's frame, with room for its headline at the top; it holds its notes and nothing else. */
  groups: PlacedGroup[];
  /** How the zones were arranged and how many card columns each has, for tests and diagnostics. */
  arrangement: { rows: number; columns: number; cardColumns: number; cardWidth: number };
}

const CARD_WIDTHS = [150, 170, 190, 210, 230, 250, 270, 300] as const;
/** Layouts are kept under `columns * COLUMN_KEY + cardWidth`: wider than any card width. */
const COLUMN_KEY = 1024;
/** Nothing is ever blown up past this: a board with two notes should not show them a hand high. */
export const MAX_PRESENT_SCALE = 2.5;
/** Screen pixels kept clear around the content. */
const MARGIN = 8;
const OTHER_ZONE = '\u0000other';

/**
 * The presentation of a board for a screen: the arrangement that draws the notes' text largest.
 * Pass the same `memo` to each layout of one board to lay out only the zones that changed.
 */
export function presentBoard(input: PresentationInput, memo: PresentationMemo = presentationMemo()): Presentation {
  if (memo.measure !== input.measure || memo.measureLabel !== input.measureLabel) {
    Object.assign(memo, presentationMemo(), { measure: input.measure, measureLabel: input.measureLabel });
  }
  const zones = zonesWithNotes(input);
  const measureLabel =
    input.measureLabel ??
    ((text: string) => (input.measure(text) * PRESENT_ZONE.labelSize * 1.08) / PRESENT_TEXT.fontSize);
  const kept = keptZones(memo, zones);
  const maxColumns = input.maxCardColumns ?? Infinity;
  const wrapOf = keptWraps(memo, input.notes, (cardWidth) => {
    const width = cardWidth - 2 * PRESENT_TEXT.padX;
    return (text) => (text.trim() ? wrapText(text, width, MAX_LINES, input.measure) : []);
  });
  // Each arrangement is judged by its zoom alone; only the best one's cards are placed.
  let best: { scale: number; place: () => Presentation } | null = null;
  const roomWidth = input.screen.width - 2 * MARGIN;
  const roomHeight = input.screen.height - 2 * MARGIN;
  for (const cardWidth of CARD_WIDTHS) {
    const wrap = wrapOf(cardWidth);
    const linesOf = (zone: number) => {
      const { lines } = kept[zone];
      let wrapped = lines.get(cardWidth);
      if (!wrapped)
        lines.set(cardWidth, (wrapped = zones[zone].blocks.flatMap((b) => b.notes.map(({ note }) => wrap(note.text)))));
      return wrapped;
    };
    // No arrangement at this width draws its cards larger than their area (each with the gap
    // to its right and below) filling the screen: when that is no more than the best so far,
    // nothing here is laid out.
    let area = 0;
    for (let z = 0; z < zones.length; z++)
      for (const lines of linesOf(z)) area += (cardWidth + GAP) * (cardHeight(lines.length) + GAP);
    const bound = Math.min(MAX_PRESENT_SCALE, Math.max(0.01, Math.sqrt((roomWidth * roomHeight) / Math.max(1, area))));
    if (best && bound <= best.scale + 1e-9 - 1e-12) continue;
    const layout = (zone: number, columns: number): ZoneLayout => {
      const key = columns * COLUMN_KEY + cardWidth;
      const { layouts } = kept[zone];
      let found = layouts.get(key);
      if (!found) {
        const { zone: placed, blocks } = zones[zone];
        layouts.set(key, (found = layOutZone(placed.label, blocks, columns, cardWidth, linesOf(zone), measureLabel)));
      }
      return found;
    };
    for (let rows = 1; rows <= zones.length; rows++) {
      const perRow = Math.ceil(zones.length / rows);
      if (Math.ceil(zones.length / perRow) !== rows) continue;
      const rowsOf = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: Math.min(perRow, zones.length - r * perRow) }, (_, c) => r * perRow + c),
      );
      const columnsAt = (scale: number) => chooseColumns(rowsOf, layout, cardWidth, maxColumns, input.screen, scale);
      let scale = MAX_PRESENT_SCALE;
      if (!columnsAt(scale)) {
        let low = 0.01;
        let high = MAX_PRESENT_SCALE;
        for (let i = 0; i < 24; i++) {
          const mid = (low + high) / 2;
          if (columnsAt(mid)) low = mid;
          else high = mid;
        }
        scale = low;
      }
      const columns = columnsAt(scale) ?? rowsOf.map((row) => row.map(() => 1));
      const fitted = fit(rowsOf, columns, layout, input.screen).scale;
      if (!best || fitted > best.scale + 1e-9)
        best = { scale: fitted, place: () => arrange(zones, rowsOf, columns, layout, cardWidth, input.screen) };
    }
  }
  return (
    best?.place() ??
    arrange([], [], [], () => layOutZone('', [], 1, CARD_WIDTHS[0], [], measureLabel), CARD_WIDTHS[0], input.screen)
  );
}

function rowWidth(widths: number[]): number {
  return widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * PRESENT_ZONE.gap;
}

/**
 * How many card columns each zone gets for the content to fit the screen at `scale`, or null
 * when it cannot: each row starts with one column a zone, then widens its tallest zone while
 * that makes it shorter and the row still fits the screen's width. Up to LANE_COLUMNS a zone
 * widens a column at a time; past that by whole lanes, straight to the fewest that bring it
 * down to the row's next tallest zone (bisecting over the count), or to as many as the row's
 * width leaves room for: a zone of thousands of notes is laid out for a few counts, not each.
 */
function chooseColumns(
  rowsOf: number[][],
  layout: (zone: number, columns: number) => ZoneLayout,
  cardWidth: number,
  maxColumns: number,
  screen: Size,
  scale: number,
): number[][] | null {
  const roomWidth = (screen.width - 2 * MARGIN) / scale;
  const roomHeight = (screen.height - 2 * MARGIN) / scale;
  const heightOf = (zone: number, columns: number) => zoneHeight(layout(zone, columns));
  let height = -PRESENT_ZONE.gap;
  const chosen: number[][] = [];
  for (const row of rowsOf) {
    const columns = row.map(() => 1);
    const widthOf = () => rowWidth(columns.map((c) => zoneWidth(c, cardWidth)));
    if (widthOf() > roomWidth) return null;
    for (;;) {
      const heights = row.map((z, i) => heightOf(z, columns[i]));
      const tallest = heights.indexOf(Math.max(...heights));
      const before = columns[tallest];
      if (before >= maxColumns) break;
      if (before < LANE_COLUMNS) columns[tallest]++;
      else {
        const room = roomWidth - (widthOf() - zoneWidth(before, cardWidth));
        const most = Math.min(lanesWithin(room, cardWidth), Math.floor(maxColumns / LANE_COLUMNS));
        let lanes = lanesOf(before).lanes + 1;
        if (most < lanes) break;
        const next = Math.max(-Infinity, ...heights.filter((_, i) => i !== tallest));
        if (heightOf(row[tallest], most * LANE_COLUMNS) > next) lanes = most;
        else {
          let high = most;
          while (lanes < high) {
            const mid = Math.floor((lanes + high) / 2);
            if (heightOf(row[tallest], mid * LANE_COLUMNS) <= next) high = mid;
            else lanes = mid + 1;
          }
        }
        columns[tallest] = lanes * LANE_COLUMNS;
      }
      const shorter = heightOf(row[tallest], columns[tallest]) < heights[tallest];
      if (!shorter || widthOf() > roomWidth) {
        columns[tallest] = before;
        break;
      }
    }
    height += Math.max(...row.map((z, i) => heightOf(z, columns[i]))) + PRESENT_ZONE.gap;
    chosen.push(columns);
  }
  return height <= roomHeight ? chosen : null;
}

/** The smallest size, in screen pixels, any card's text is drawn at. */
export function smallestTextPx(presentation: Presentation): number {
  return presentation.cards.length ? presentation.scale * PRESENT_TEXT.fontSize : Infinity;
}

function zonesWithNotes(input: PresentationInput): { zone: PlacedZone; blocks: Block[] }[] {
  const known = new Set(input.zones.map((z) => z.id));
  const clusterOf = new Map(input.clusters.map((c) => [c.id, c]));
  const byZone = new Map<string, PresentNote[]>();
  for (const note of input.notes) {
    const key = note.zoneId !== null && known.has(note.zoneId) ? note.zoneId : OTHER_ZONE;
    const inZone = byZone.get(key);
    if (inZone) inZone.push(note);
    else byZone.set(key, [note]);
  }
  const zones = [...input.zones].sort((a, b) => a.order - b.order);
  if (byZone.has(OTHER_ZONE)) {
    zones.push({ id: OTHER_ZONE, label: 'Not in a zone', order: zones.length ? zones[zones.length - 1].order + 1 : 0 });
  }
  return zones.map((z) => {
    const notes = byZone.get(z.id) ?? [];
    const groups = new Map<string | null, PresentNote[]>();
    for (const n of notes) {
      const key = n.clusterId !== null && clusterOf.has(n.clusterId) ? n.clusterId : null;
      const inGroup = groups.get(key);
      if (inGroup) inGroup.push(n);
      else groups.set(key, [n]);
    }
    const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
    function rank(id: string | null): number {
      return id === null ? Infinity : clusterOf.get(id)!.order;
    }
    const blocks = keys.map((k) => ({
      clusterId: k,
      headline: k === null ? '' : clusterOf.get(k)!.headline,
      notes: groups.get(k)!.map((note) => ({ note })),
    }));
    return { zone: { ...z, x: 0, y: 0, width: 0, height: 0, header: 0, labelLines: [] }, blocks };
  });
}

/** The rows of zones' size, one under another with every row stretched to the widest, and the zoom that fits the screen. */
function fit(
  rowsOf: number[][],
  columns: number[][],
  layout: (zone: number, columns: number) => ZoneLayout,
  screen: Size,
) {
  const rows = rowsOf.map((row, r) => row.map((z, i) => ({ index: z, layout: layout(z, columns[r][i]) })));
  const width = Math.max(1, ...rows.map((row) => rowWidth(row.map((z) => z.layout.width))));
  const rowHeights = rows.map((row) => Math.max(...row.map((z) => zoneHeight(z.layout))));
  const height = Math.max(1, rowHeights.reduce((a, b) => a + b, 0) + (rows.length - 1) * PRESENT_ZONE.gap);
  const scale = Math.min(
    MAX_PRESENT_SCALE,
    Math.max(0.01, (screen.width - 2 * MARGIN) / width),
    Math.max(0.01, (screen.height - 2 * MARGIN) / height),
  );
  return { rows, width, rowHeights, height, scale };
}

/** Places the rows of zones one under another, every row stretched to the widest, and picks the zoom that fits the screen. */
function arrange(
  zones: { zone: PlacedZone }[],
  rowsOf: number[][],
  columns: number[][],
  layout: (zone: number, columns: number) => ZoneLayout,
  cardWidth: number,
  screen: Size,
): Presentation {
  const { rows, width, rowHeights, height, scale } = fit(rowsOf, columns, layout, screen);
  const placedZones: PlacedZone[] = [];
  const cards: PlacedCard[] = [];
  const groups: PlacedGroup[] = [];
  let top = 0;
  rows.forEach((row, r) => {
    // Spare width is shared out between the row's zones; their cards stay centred in them.
    const extra = (width - rowWidth(row.map((z) => z.layout.width))) / row.length;
    let left = 0;
    for (const { index, layout: zone } of row) {
      const zoneWidth = zone.width + extra;
      placedZones.push({
        ...zones[index].zone,
        x: left,
        y: top,
        width: zoneWidth,
        height: rowHeights[r],
        header: zone.header,
        labelLines: zone.labelLines,
      });
      const dx = left + extra / 2;
      const placed = zone.placed();
      for (const card of placed.cards) cards.push({ ...card, x: card.x + dx, y: card.y + top });
      for (const group of placed.groups) groups.push({ ...group, x: group.x + dx, y: group.y + top });
      left += zoneWidth + PRESENT_ZONE.gap;
    }
    top += rowHeights[r] + PRESENT_ZONE.gap;
  });
  const maxColumns = Math.max(1, ...columns.flat());
  return {
    scale,
    offset: { x: (screen.width - width * scale) / 2, y: (screen.height - height * scale) / 2 },
    size: { width, height },
    zones: placedZones,
    cards,
    groups,
    arrangement: {
      rows: rows.length,
      columns: Math.max(0, ...rows.map((r) => r.length)),
      cardColumns: maxColumns,
      cardWidth,
    },
  };
}
