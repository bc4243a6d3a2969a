import type { Cell } from '../../export/csv';
import { isWithheld } from '../../export/suppression';
import { OTHER_HEADLINE } from './codebook';
import type { CodedQuestion } from './coded';
import { RawCodedNoteSchema, SharedCodedNoteSchema, type RawCodedNote, type SharedCodedNote } from './schema';

// The coded notes: one row per participant note, each once, with its theme (or "other").
// Raw, for analysts: every note with staff group, sector, shift and table. Shareable, like the
// shareable notes file: what was said and where in the room, without staff group, sector, shift
// or table (those are in the cross-tabs, protected), and without the notes of any theme or
// question whose count is withheld (counting rows would give the count away). The text is the
// synthesis's, so personal details it withheld stay withheld.

export const RAW_CODED_NOTES_HEADER = Object.keys(RawCodedNoteSchema.shape) as (keyof RawCodedNote)[];
export const SHARED_CODED_NOTES_HEADER = Object.keys(SharedCodedNoteSchema.shape) as (keyof SharedCodedNote)[];

export function rawCodedNotes(questions: readonly CodedQuestion[]): RawCodedNote[] {
  return questions.flatMap((q) =>
    q.slots.flatMap((slot) =>
      slot.rows.map(({ note: n }) => ({
        note_id: n.noteId,
        theme_id: slot.themeId,
        theme_headline: slot.theme?.headline ?? OTHER_HEADLINE,
        template_id: q.templateId,
        question: q.title,
        audience: q.audience,
        staff_group: n.staffGroup,
        sector: n.sector,
        shift: n.shift,
        session_id: n.sessionId,
        event_name: n.eventName,
        event_date: n.eventDate,
        table: n.table,
        zone: n.zone,
        group_id: n.groupId,
        group: n.group,
        is_quote: n.isQuote,
        text: n.text,
      })),
    ),
  );
}

export function sharedCodedNotes(questions: readonly CodedQuestion[]): SharedCodedNote[] {
  const open = questions
    .filter((q) => !isWithheld(q.total))
    .map((q) => ({ ...q, slots: q.slots.filter((s) => !isWithheld(s.shown)) }));
  return rawCodedNotes(open).map((n) =>
    SharedCodedNoteSchema.parse(Object.fromEntries(SHARED_CODED_NOTES_HEADER.map((k) => [k, n[k]]))),
  );
}

/** The coded notes as CSV rows under their header (raw or shareable). */
export function codedNoteRows(notes: readonly (RawCodedNote | SharedCodedNote)[], header: readonly string[]): Cell[][] {
  return notes.map((n) => header.map((k) => (n as Record<string, Cell>)[k]));
}
