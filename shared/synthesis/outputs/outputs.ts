import type { Coding } from '../coding';
import { shareableSynthesis } from '../shareable';
import type { MergedNote, Synthesis } from '../types';
import { codebookThemes } from './codebook';
import { codedQuestions } from './coded';
import { rawCodedNotes, sharedCodedNotes } from './codedNotes';
import { crossTabCells } from './crossTabs';
import type { CodebookTheme, CrossTabCell, RawCodedNote, SharedCodedNote } from './schema';

// The analysis outputs a central team uses, from (Synthesis, note rows, Coding): the codebook,
// the coded notes and the cross-tabs, built together so that every count reads the same in
// all of them (a theme's notes in the codebook are its row total in every cross-tab).
// Shareable by default; `raw` gives the exact figures and every column, for analysts.

export interface SynthesisOutputs {
  raw: boolean;
  codebook: CodebookTheme[];
  codedNotes: RawCodedNote[] | SharedCodedNote[];
  crossTabs: CrossTabCell[];
}

export function synthesisOutputs(
  synthesis: Synthesis,
  notes: readonly MergedNote[],
  coding: Coding,
  options: { raw?: boolean } = {},
): SynthesisOutputs {
  const raw = options.raw ?? false;
  const shared = shareableSynthesis(synthesis);
  const questions = codedQuestions(synthesis, shared, notes, coding, raw);
  return {
    raw,
    codebook: codebookThemes(questions, raw),
    codedNotes: raw ? rawCodedNotes(questions) : sharedCodedNotes(questions),
    crossTabs: crossTabCells(questions, synthesis, shared, raw),
  };
}
