import type { Note, Zone } from '../../../shared/document/schema';
import type { InputSourceCode, SectorCode, StaffGroupCode } from '../../../shared/document/taxonomy';

/** What the next typed note carries besides its text; staff group, sector and source stick from note to note. */
export interface TranscriptionMeta {
  staffGroup: StaffGroupCode | null;
  sector: SectorCode | null;
  source: InputSourceCode | null;
  isQuote: boolean;
}

/** The zone `step` places on from `index`, wrapping round, among `count` zones (0 when there are none). */
export function stepZone(index: number, step: 1 | -1, count: number): number {
  if (count === 0) return 0;
  return (((index + step) % count) + count) % count;
}

/** The zone to start in: the one of the board's zones with the fewest of the table's notes, first of equals. */
export function startingZone(zones: readonly Zone[], notes: readonly Note[]): number {
  let best = 0;
  let fewest = Infinity;
  zones.forEach((zone, index) => {
    const count = notes.filter((n) => n.zoneId === zone.id && n.kind === 'participant').length;
    if (count < fewest) {
      fewest = count;
      best = index;
    }
  });
  return best;
}

/** A typed note's text, or null when there is nothing to save (only spaces). */
export function typedText(raw: string): string | null {
  const text = raw.trim();
  return text ? text : null;
}

/** After a note is saved: the same staff group, sector and source for the next, and no quote flag (a quote is one note's). */
export function metaForNext(meta: TranscriptionMeta): TranscriptionMeta {
  return { ...meta, isQuote: false };
}
