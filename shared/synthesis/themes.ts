import type { ExportNote } from '../export/schema';
import type { QuestionCoding } from './coding';
import { quoteLabel } from './tally';
import type { MergedNote, Theme, ThemeQuote } from './types';
import { mostCommon } from '../themes/describe';

// The themes the synthesis shows, from a coding (shared/synthesis/coding.ts): the machine's
// (shared/themes/machineCoding.ts) or one an analyst reviewed. Each theme is counted from its
// notes (notes, events, dots), shows its headline and sub-points as coded, and quotes its
// chosen note first, then other notes the tables marked as quotes. The five largest are the
// main themes; the rest are "also raised", so minority views are not lost.

export const MAIN_THEMES = 5;
const QUOTES = 3;
const HEADLINES = 8;

/** How the themes were found, as the result and the report say it. */
export interface ThemeMethod {
  /** The machine's coding, or one given in (reviewed in a synthesis project). */
  coding: 'machine' | 'given';
  /** How notes were compared: sentence embeddings with shared words, or shared words alone. */
  similarity: 'embeddings' | 'words';
  /** Why shared words alone, when the sentence model could not be used ("" otherwise). */
  reason: string;
}

const quoteOf = (n: MergedNote): ThemeQuote => ({
  text: n.text,
  label: quoteLabel({
    staffGroup: (n.staffGroup || null) as ExportNote['staffGroup'],
    sector: (n.sector || null) as ExportNote['sector'],
    source: n.audience,
  }),
});

/** One coded question's themes as the synthesis shows them, and how many notes are "other". */
export function themesOfCoding(
  question: QuestionCoding | undefined,
  rows: ReadonlyMap<string, MergedNote>,
  isQuoted: (row: MergedNote) => boolean,
): { themes: Theme[]; alsoRaised: Theme[]; other: number } {
  if (!question) return { themes: [], alsoRaised: [], other: 0 };
  const themes = question.themes
    .map((coded): Theme => {
      const notes: MergedNote[] = [];
      for (const id of coded.noteIds) {
        const row = rows.get(id);
        if (row) notes.push(row);
      }
      const chosen = coded.quoteNoteId !== null ? rows.get(coded.quoteNoteId) : undefined;
      const marked = notes
        .filter((n) => n !== chosen && isQuoted(n))
        .sort((a, b) => b.dots - a.dots || (a.noteId < b.noteId ? -1 : 1));
      return {
        id: coded.id,
        headline: coded.headline,
        subPoints: [...coded.subPoints],
        notes: notes.length,
        events: new Set(notes.map((n) => n.sessionId)).size,
        dots: notes.reduce((sum, n) => sum + n.dots, 0),
        quotes: [...(chosen ? [chosen] : []), ...marked].slice(0, QUOTES).map(quoteOf),
        headlines: mostCommon(
          notes.map((n) => n.group),
          HEADLINES,
        ),
      };
    })
    .filter((t) => t.notes > 0)
    .sort((a, b) => b.notes - a.notes || b.events - a.events || a.headline.localeCompare(b.headline));
  const other = question.other.filter((id) => rows.has(id)).length;
  return { themes: themes.slice(0, MAIN_THEMES), alsoRaised: themes.slice(MAIN_THEMES), other };
}
