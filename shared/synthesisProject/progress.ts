import type { Audience } from '../synthesis/types';
import type { Coding } from '../synthesis/coding';

/** How much of the coding has been reviewed: notes in approved themes, of all notes. */
export interface ReviewShare {
  notes: number;
  /** Notes in approved themes, less those added since (unreviewed). */
  inApprovedThemes: number;
  /** Notes added with later exports and not yet reviewed. */
  unreviewed: number;
  /** Whole per cent, rounded down (so 100% means every note), 0 when there are no notes. */
  percent: number;
  /** E.g. "62% of notes in approved themes"; "under 1% …" when some but under 1% are. */
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

function share(notes: number, inApprovedThemes: number, unreviewed: number): ReviewShare {
  const percent = notes === 0 ? 0 : Math.floor((100 * inApprovedThemes) / notes);
  // A few notes approved of many still say so: "0%" is kept for nothing approved at all.
  const shown = percent === 0 && inApprovedThemes > 0 ? 'under 1' : String(percent);
  return { notes, inApprovedThemes, unreviewed, percent, label: `${shown}% of notes in approved themes` };
}

/**
 * The share of notes in approved themes, per question and audience and overall. "Other" counts
 * as not reviewed, and so does a note added with later exports until its theme is approved again.
 */
export function reviewProgress(coding: Coding, unreviewed: readonly string[] = []): ReviewProgress {
  const fresh = new Set(unreviewed);
  const totals = { notes: 0, approved: 0, fresh: 0 };
  const questions = coding.questions.map((q): QuestionProgress => {
    let notes = q.other.length;
    let approved = 0;
    let newNotes = q.other.filter((id) => fresh.has(id)).length;
    for (const t of q.themes) {
      const unseen = fresh.size ? t.noteIds.filter((id) => fresh.has(id)).length : 0;
      notes += t.noteIds.length;
      newNotes += unseen;
      if (t.approved) approved += t.noteIds.length - unseen;
    }
    totals.notes += notes;
    totals.approved += approved;
    totals.fresh += newNotes;
    return {
      templateId: q.templateId,
      audience: q.audience,
      themes: q.themes.length,
      approvedThemes: q.themes.filter((t) => t.approved).length,
      ...share(notes, approved, newNotes),
    };
  });
  return { overall: share(totals.notes, totals.approved, totals.fresh), questions };
}
