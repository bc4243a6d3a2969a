import type { Note } from '../document/schema';
import {
  INPUT_SOURCES,
  SECTORS,
  STAFF_GROUPS,
  type InputSourceCode,
  type SectorCode,
  type StaffGroupCode,
} from '../document/taxonomy';

/** Short forms drawn on a note's corner: a few letters each, so the card stays the table's words. */
const STAFF_SHORT: Record<StaffGroupCode, string> = {
  doctor: 'DR',
  nurse: 'NUR',
  'other-clinical': 'CLIN',
  'admin-manager': 'ADM',
  'social-care': 'SC',
  'prefer-not-to-say': 'PNS',
};

const SECTOR_SHORT: Record<SectorCode, string> = {
  acute: 'ACU',
  community: 'COM',
  'primary-care': 'PC',
  'mental-health': 'MH',
  'ics-icb': 'ICB',
  'public-health': 'PH',
  'local-authority': 'LA',
  ambulance: 'AMB',
};

export type NoteMeta = Pick<Note, 'staffGroup' | 'sector' | 'source' | 'isQuote' | 'severity'>;

/** The badges a note shows, in a fixed order: quote, source (only when public: staff is the default), staff group, sector. */
export function metaBadges(note: NoteMeta): string[] {
  const badges: string[] = [];
  if (note.isQuote) badges.push('QUOTE');
  if (note.source === 'public') badges.push('PUBLIC');
  if (note.staffGroup) badges.push(STAFF_SHORT[note.staffGroup]);
  if (note.sector) badges.push(SECTOR_SHORT[note.sector]);
  return badges;
}

/** The next source in the cycle none → staff → public → none, as a source key steps through them. */
export function nextSource(current: InputSourceCode | null): InputSourceCode | null {
  return current === null ? 'staff' : current === 'staff' ? 'public' : null;
}

/** Q on several notes: all become quotes, unless all already are, when none stays one. */
export function quoteToggle(notes: readonly Pick<Note, 'isQuote'>[]): boolean {
  return !notes.every((n) => n.isQuote);
}

/** The labels of a note's details, for the list view and announcements, e.g. "Nurse, Acute, Staff, quote, severity 4". */
export function describeMeta(note: NoteMeta): string {
  const parts = [
    note.staffGroup && STAFF_GROUPS.find((g) => g.code === note.staffGroup)?.label,
    note.sector && SECTORS.find((s) => s.code === note.sector)?.label,
    note.source && INPUT_SOURCES.find((s) => s.code === note.source)?.label,
    note.isQuote ? 'quote' : null,
    note.severity ? `severity ${note.severity}` : null,
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : 'no details';
}
