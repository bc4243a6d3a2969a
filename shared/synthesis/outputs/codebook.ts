import type { Cell } from '../../export/csv';
import { isWithheld } from '../../export/suppression';
import type { ExportNote } from '../../export/schema';
import { quoteLabel } from '../tally';
import type { MergedNote } from '../types';
import type { CodedQuestion, ThemeSlot } from './coded';
import type { CodebookQuote, CodebookTheme } from './schema';

// The codebook: every theme of every question and audience as the coding has it (id, headline,
// definition, sub-points, approved) with its count as the outputs show it and its quotes, each
// with the note's record id and event so it can be traced. Quotes carry one label (a staff
// group, else a sector, else the audience), never a name; their text is the note's as the
// synthesis holds it, so personal details it withheld stay withheld. In the shareable codebook a
// theme whose count is withheld shows no quotes (each quote is a note, and its label a group).

export const QUOTES_PER_THEME = 3;
export const OTHER_HEADLINE = 'Other: notes like no theme';
const OTHER_DEFINITION = 'Notes unlike any theme, kept apart as views of their own rather than folded into a theme.';

function quoteOf(note: MergedNote): CodebookQuote {
  const who: Pick<ExportNote, 'staffGroup' | 'sector' | 'source'> = {
    staffGroup: (note.staffGroup || null) as ExportNote['staffGroup'],
    sector: (note.sector || null) as ExportNote['sector'],
    source: note.audience === 'public' ? 'public' : null,
  };
  return {
    noteId: note.noteId,
    eventName: note.eventName,
    eventDate: note.eventDate,
    text: note.text,
    label: quoteLabel(who),
  };
}

/** The chosen quote first, then the notes the tables marked as quotes, at most three. */
function quotesOf(slot: ThemeSlot, raw: boolean): CodebookQuote[] {
  if (!raw && isWithheld(slot.shown)) return [];
  const chosen = slot.theme?.quoteNoteId;
  const picked = [
    ...slot.rows.filter((r) => r.note.noteId === chosen),
    ...slot.rows.filter((r) => r.note.isQuote && r.note.noteId !== chosen),
  ];
  return picked.slice(0, QUOTES_PER_THEME).map((r) => quoteOf(r.note));
}

export function codebookThemes(questions: readonly CodedQuestion[], raw: boolean): CodebookTheme[] {
  return questions.flatMap((q) =>
    q.slots.map((slot) => ({
      themeId: slot.themeId,
      templateId: q.templateId,
      question: q.title,
      audience: q.audience,
      headline: slot.theme?.headline ?? OTHER_HEADLINE,
      definition: slot.theme ? slot.theme.definition : OTHER_DEFINITION,
      subPoints: slot.theme?.subPoints ?? [],
      notes: slot.shown,
      approved: slot.theme?.approved ?? false,
      origin: slot.theme?.origin ?? 'other',
      quotes: quotesOf(slot, raw),
    })),
  );
}

export const CODEBOOK_HEADER = [
  'theme_id',
  'template_id',
  'question',
  'audience',
  'headline',
  'definition',
  'sub_points',
  'notes',
  'approved',
  'origin',
  ...Array.from({ length: QUOTES_PER_THEME }, (_, i) => [
    `quote_${i + 1}`,
    `quote_${i + 1}_label`,
    `quote_${i + 1}_note_id`,
    `quote_${i + 1}_event`,
  ]).flat(),
];

/** One CSV row per theme: sub-points one to a line in their cell, then up to three quotes with their trace. */
export function codebookRow(t: CodebookTheme): Cell[] {
  const quotes = Array.from({ length: QUOTES_PER_THEME }, (_, i) => {
    const q = t.quotes[i];
    return q ? [q.text, q.label, q.noteId, `${q.eventName} (${q.eventDate})`] : [null, null, null, null];
  }).flat();
  return [
    t.themeId,
    t.templateId,
    t.question,
    t.audience,
    t.headline,
    t.definition,
    t.subPoints.join('\n'),
    t.notes,
    t.approved,
    t.origin,
    ...quotes,
  ];
}
