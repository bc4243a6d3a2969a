import type { Shown } from '../export/suppression';
import { protectTable } from './outputs/tableProtection';
import type { Audience, Synthesis } from './types';

// The synthesis's counts of notes as one table, protected as one (outputs/tableProtection.ts):
// the participant notes, by audience, by question, each question by audience, and each
// question and audience by theme and "other". A reader knows every one of these sums, so a
// small count withheld in one list could otherwise be worked out through another (a question's
// staff notes less its other themes; all staff notes less the other questions' staff notes).
// The report, the synthesis JSON, the counts CSV, the codebook and the cross-tabs all show these
// cells, so a theme's count reads the same in every one of them.

const AUDIENCES: readonly Audience[] = ['staff', 'public'];

export interface ShownNoteTable {
  byAudience: Record<Audience, Shown>;
  /** counts.template, in its order. */
  template: Shown[];
  questions: {
    notes: Record<Audience, Shown>;
    /** Each audience's themes, then its "also raised", in the synthesis's order. */
    themes: Record<Audience, Shown[]>;
    other: Record<Audience, Shown>;
  }[];
}

export function shownNoteTable(s: Synthesis, notesTotal: Shown): ShownNoteTable {
  const values: number[] = [];
  const sums: { total: number; parts: number[] }[] = [];
  const cell = (value: number) => values.push(value) - 1;
  const total = cell(s.totals.participantNotes);
  const audience = AUDIENCES.map((a) => cell(s.totals.notesByAudience[a]));
  sums.push({ total, parts: audience });
  const template = s.counts.template.map((r) => cell(r.count));
  sums.push({ total, parts: template });
  const templateAt = new Map(s.counts.template.map((r, i) => [r.code, i]));
  const questions = s.questions.map((q) => {
    const row = templateAt.get(q.templateId);
    const exact = q.notes.staff + q.notes.public;
    const all = row !== undefined && s.counts.template[row].count === exact ? template[row] : cell(exact);
    const notes = AUDIENCES.map((a) => cell(q.notes[a]));
    sums.push({ total: all, parts: notes });
    const themes = AUDIENCES.map((a) => [...q.themes[a], ...q.alsoRaised[a]].map((t) => cell(t.notes)));
    const other = AUDIENCES.map((a) => cell(q.other[a]));
    AUDIENCES.forEach((_, i) => sums.push({ total: notes[i], parts: [...themes[i], other[i]] }));
    return { notes, themes, other };
  });
  AUDIENCES.forEach((_, i) => sums.push({ total: audience[i], parts: questions.map((q) => q.notes[i]) }));
  const cells = protectTable({ values, sums, fixed: new Map([[total, notesTotal]]) });
  const pair = <T>(at: (i: number) => T): Record<Audience, T> => ({ staff: at(0), public: at(1) });
  return {
    byAudience: pair((i) => cells[audience[i]]),
    template: template.map((at) => cells[at]),
    questions: questions.map((q) => ({
      notes: pair((i) => cells[q.notes[i]]),
      themes: pair((i) => q.themes[i].map((at) => cells[at])),
      other: pair((i) => cells[q.other[i]]),
    })),
  };
}
