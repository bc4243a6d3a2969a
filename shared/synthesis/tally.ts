import type { ExportBoardVotes, ExportNote } from '../export/schema';
import { SECTORS, SHIFTS, STAFF_GROUPS } from '../document/taxonomy';
import { AUDIENCES, type Audience, type CountRow } from './types';

// The synthesis's small helpers: labels, whose input a note is, the one label of a quote, and
// a tally of counts by code.

const labelOf = (list: readonly { code: string; label: string }[]) =>
  new Map(list.map((i) => [i.code as string, i.label]));
export const STAFF_GROUP_LABELS = labelOf(STAFF_GROUPS);
export const SECTOR_LABELS = labelOf(SECTORS);
export const SHIFT_LABELS = labelOf(SHIFTS);
export const NOT_RECORDED = 'Not recorded';
export const PUBLIC_ROW = 'Members of the public';

export function audienceOf(note: Pick<ExportNote, 'source'>): Audience {
  return note.source === 'public' ? 'public' : 'staff';
}

/** The one label a quote carries: a staff group, else a sector, else whose input it is. Never a name. */
export function quoteLabel(note: Pick<ExportNote, 'staffGroup' | 'sector' | 'source'>): string {
  if (note.staffGroup && note.staffGroup !== 'prefer-not-to-say') return STAFF_GROUP_LABELS.get(note.staffGroup)!;
  if (note.sector) return SECTOR_LABELS.get(note.sector)!;
  return audienceOf(note) === 'public' ? 'Member of the public' : 'Staff member';
}

export class Tally {
  private readonly counts = new Map<string, { label: string; count: number }>();
  add(code: string, label: string, by = 1): void {
    const entry = this.counts.get(code) ?? { label, count: 0 };
    entry.count += by;
    this.counts.set(code, entry);
  }
  rows(): CountRow[] {
    return [...this.counts]
      .map(([code, { label, count }]) => ({ code, label, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
}

/** Staff first, then public, each in the order first seen. */
export const staffFirst = <T extends { audience: Audience }>(list: T[]) =>
  [...list].sort((a, b) => AUDIENCES.indexOf(a.audience) - AUDIENCES.indexOf(b.audience));
export const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
export const mixed = (mix: Record<string, number | undefined>) => sum(Object.values(mix).map((n) => n ?? 0));

export const perAudience = <T>(make: () => T): Record<Audience, T> => ({ staff: make(), public: make() });

/** How many dots, ratings and stances a board's votes hold. */
export function voteCounts(board: ExportBoardVotes): { dots: number; ratings: number; stances: number } {
  return {
    dots: sum(board.dots.map((d) => d.count)),
    ratings: sum(board.ratings.map((r) => sum(r.distribution))),
    stances: sum(board.stances.map((s) => s.count)),
  };
}
