import type { Audience } from '../synthesis/types';
import type { Coding } from '../synthesis/coding';

/** How much of the coding has been reviewed: notes in approved themes, of all notes. */
export interface ReviewShare {
  notes: number;
  inApprovedThemes: number;
  /** Whole per cent, rounded down (so 100% means every note), 0 when there are no notes. */
  percent: number;
  /** E.g. "62% of notes in approved themes". */
  label: string;
}

export interface QuestionProgress extends ReviewShare {
  templateId: string;
  audience: Audience;
  themes: number;
  approvedThemes: number;
}

export interface ReviewProgress {
  overall: ReviewShare;
  questions: QuestionProgress[];
}

function share(notes: number, inApprovedThemes: number): ReviewShare {
  const percent = notes === 0 ? 0 : Math.floor((100 * inApprovedThemes) / notes);
  return { notes, inApprovedThemes, percent, label: `${percent}% of notes in approved themes` };
}

/** The share of notes in approved themes, per question and audience and overall; "other" counts as not reviewed. */
export function reviewProgress(coding: Coding): ReviewProgress {
  let notes = 0;
  let approved = 0;
  const questions = coding.questions.map((q): QuestionProgress => {
    const inThemes = q.themes.reduce((n, t) => n + t.noteIds.length, 0);
    const inApproved = q.themes.reduce((n, t) => n + (t.approved ? t.noteIds.length : 0), 0);
    notes += inThemes + q.other.length;
    approved += inApproved;
    return {
      templateId: q.templateId,
      audience: q.audience,
      themes: q.themes.length,
      approvedThemes: q.themes.filter((t) => t.approved).length,
      ...share(inThemes + q.other.length, inApproved),
    };
  });
  return { overall: share(notes, approved), questions };
}
