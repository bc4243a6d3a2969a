import type { Note } from '../document/schema';
import {
  INPUT_SOURCES,
  SECTORS,
  STAFF_GROUPS,
  type InputSourceCode,
  type SectorCode,
  type StaffGroupCode,
} from '../document/taxonomy';

/**
 * The words drawn on a note's top edge, longest first: the first that fits is used, so a chip
 * reads "Social care" or "Local authority" where there is room and a shorter word where there
 * is not, never a code such as "SC" or "LA".
 */
const STAFF_WORDS: Record<StaffGroupCode, readonly string[]> = {
  doctor: ['Doctor'],
  nurse: ['Nurse'],
  'other-clinical': ['Other clinical', 'Clinical'],
  'admin-manager': ['Admin or manager', 'Manager'],
  'social-care': ['Social care'],
  'prefer-not-to-say': ['Group not said', 'Not said'],
};

const SECTOR_WORDS: Record<SectorCode, readonly string[]> = {
  acute: ['Acute'],
  community: ['Community'],
  'primary-care': ['Primary care', 'GP'],
  'mental-health': ['Mental health'],
  'ics-icb': ['ICS/ICB', 'ICB'],
  'public-health': ['Public health'],
  'local-authority': ['Local authority', 'Council'],
  ambulance: ['Ambulance'],
};

export type NoteMeta = Pick<Note, 'staffGroup' | 'sector' | 'source' | 'isQuote' | 'severity'>;

/**
 * The chips a note shows, in a fixed order: quote, source (only when public: staff is the
 * default), staff group, sector, in words. `fits` says whether a set of chips has room on the
 * note; while it has not, the longest chip that has a shorter word takes it, and when none
 * has, the last chips are left off.
 */
export function metaBadges(note: NoteMeta, fits: (badges: readonly string[]) => boolean = () => true): string[] {
  const choices: (readonly string[])[] = [];
  if (note.isQuote) choices.push(['Quote']);
  if (note.source === 'public') choices.push(['Public']);
  if (note.staffGroup) choices.push(STAFF_WORDS[note.staffGroup]);
  if (note.sector) choices.push(SECTOR_WORDS[note.sector]);
  const at = choices.map(() => 0);
  const badges = () => choices.map((words, i) => words[at[i]]);
  while (!fits(badges())) {
    const shorter = choices
      .map((words, i) => ({ i, length: words[at[i]].length, more: at[i] + 1 < words.length }))
      .filter((c) => c.more)
      .sort((a, b) => b.length - a.length)[0];
    if (!shorter) break;
    at[shorter.i]++;
  }
  // Still no room (a quote from the public with a staff group, sector and severity): the sector,
  // then the staff group, are left to the note's details and the list view.
  while (choices.length > 1 && !fits(badges())) {
    choices.pop();
    at.pop();
  }
  return badges();
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
