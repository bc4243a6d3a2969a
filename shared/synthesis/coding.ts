import type { Audience } from './types';

// The coding: which theme every participant note is in, per question and audience. The machine
// proposes it (shared/themes/assign.ts over every note, tables' groups as evidence); an analyst
// reviews it in a synthesis project (merge, split, rename, define, move, pick the quote,
// approve), and every output that names themes (the codebook, the coded notes, the cross-tabs,
// the report) is written from it. Notes are named by their record id from the export, which is
// the same in every file that carries the note (shared/synthesis/dedupe.ts), so a coding
// outlives re-reading the files and adding new ones.

/** "other": a note like no other, kept and listed as a minority view of its own, never folded into a theme. */
export const OTHER = 'other';

export interface CodedTheme {
  /** Stable for the life of a project: `t-` and a number never reused within it. */
  id: string;
  headline: string;
  /** What belongs in the theme, as the analyst writes it ("" until written). */
  definition: string;
  subPoints: string[];
  /** The note quoted for it (a note in the theme), or null. */
  quoteNoteId: string | null;
  approved: boolean;
  /** Participant notes in the theme, by record id. */
  noteIds: string[];
  /** Who proposed it: the machine, or an analyst (by split or by creating it). */
  origin: 'machine' | 'analyst';
}

/** The themes of one question (exercise template) and audience. */
export interface QuestionCoding {
  templateId: string;
  audience: Audience;
  themes: CodedTheme[];
  /** Notes left as "other", by record id. */
  other: string[];
}

export interface Coding {
  questions: QuestionCoding[];
}

/** Where a note's theme is to be found: the question it answers and its audience. */
export function codingKey(templateId: string, audience: Audience): string {
  return `${templateId}|${audience}`;
}
