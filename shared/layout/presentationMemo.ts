import type { MeasureText } from './wrapText';
import type { PlacedZone } from './presentation';
import type { Block, ZoneLayout } from './presentZone';

// What presentBoard keeps from one layout of a board to the next, so that a change to one zone
// lays out that zone alone. Only a memo: the presentation is the same with or without it
// (tests/shared/layout/presentationMemo.test.ts).

/**
 * What one presentation keeps for the next: each zone's layouts (by card width and card
 * columns) under the zone's content, and each note text's wrapped lines by card width. A board
 * laid out again after a note is added to one zone lays out that zone alone; every other zone's
 * cards are the ones placed before. presentBoard's result is the same with or without it.
 */
export interface PresentationMemo {
  measure: MeasureText | null;
  measureLabel: MeasureText | undefined;
  zones: Map<string, KeptZone>;
  wrapped: Map<number, Map<string, string[]>>;
}

/** A zone's content as last laid out, its layouts by card width and columns, and its notes' lines (in block order) by card width. */
interface KeptZone {
  label: string;
  blocks: Block[];
  layouts: Map<number, ZoneLayout>;
  lines: Map<number, string[][]>;
}

export function presentationMemo(): PresentationMemo {
  return { measure: null, measureLabel: undefined, zones: new Map(), wrapped: new Map() };
}

/**
 * Each zone's kept layouts, in the order of `zones`: the ones made before when the zone's label
 * and blocks read the same (the same groups and headlines, the same notes and texts in the same
 * order), else none. The memo then keeps the zones shown now and forgets the others.
 */
export function keptZones(memo: PresentationMemo, zones: { zone: PlacedZone; blocks: Block[] }[]): KeptZone[] {
  const kept: PresentationMemo['zones'] = new Map();
  const entries = zones.map(({ zone, blocks }) => {
    const before = memo.zones.get(zone.id);
    const same = before !== undefined && before.label === zone.label && sameBlocks(before.blocks, blocks);
    const entry = same ? before : { label: zone.label, blocks, layouts: new Map(), lines: new Map() };
    kept.set(zone.id, entry);
    return entry;
  });
  memo.zones = kept;
  return entries;
}

function sameBlocks(a: Block[], b: Block[]): boolean {
  return sameRecords(
    a,
    b,
    (x, y) =>
      x.clusterId === y.clusterId &&
      x.headline === y.headline &&
      sameRecords(x.notes, y.notes, (m, n) => m.note.id === n.note.id && m.note.text === n.note.text),
  );
}

/**
 * A note text's lines at a card width, each wrapped once and kept for the next layout; the
 * memo forgets the texts no longer on the board once it holds twice as many as the board.
 */
export function keptWraps(
  memo: PresentationMemo,
  notes: readonly { text: string }[],
  wrapAt: (cardWidth: number) => (text: string) => string[],
): (cardWidth: number) => (text: string) => string[] {
  return (cardWidth) => {
    let texts = memo.wrapped.get(cardWidth);
    if (texts && texts.size > 2 * notes.length + 64) {
      const before = texts;
      texts = new Map();
      for (const { text } of notes) {
        const lines = before.get(text);
        if (lines) texts.set(text, lines);
      }
    }
    if (!texts) memo.wrapped.set(cardWidth, (texts = new Map()));
    else memo.wrapped.set(cardWidth, texts);
    const wrap = wrapAt(cardWidth);
    const kept = texts;
    return (text) => {
      let lines = kept.get(text);
      if (!lines) kept.set(text, (lines = wrap(text)));
      return lines;
    };
  };
}

/** Whether two lists hold the same records in the same order, as `same` compares them. */
export function sameRecords<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}
