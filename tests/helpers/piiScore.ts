import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPii, type PiiKind } from '../../shared/export/pii';

export interface LabelledNote {
  text: string;
  /** [kind, exact text of the flagged part], one per piece of personal data in the note. */
  pii: [PiiKind, string][];
}

export interface PiiScore {
  notes: number;
  expected: number;
  truePositives: number;
  falsePositives: { text: string; flagged: string; kind: PiiKind }[];
  misses: { text: string; missed: string; kind: PiiKind }[];
  precision: number;
  recall: number;
}

/** The labelled set (`pii-labelled.json`, which the detector was tuned on) or the held-out one (`pii-holdout.json`, never tuned on). */
export function loadLabelledNotes(set: 'labelled' | 'holdout' = 'labelled'): LabelledNote[] {
  const file = fileURLToPath(new URL(`../fixtures/pii-${set}.json`, import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { notes: LabelledNote[] }).notes;
}

/** Precision and recall of findPii on the labelled notes: a flag counts when its kind and exact text match a label. */
export function scorePii(notes: readonly LabelledNote[]): PiiScore {
  let truePositives = 0;
  let expected = 0;
  const falsePositives: PiiScore['falsePositives'] = [];
  const misses: PiiScore['misses'] = [];
  for (const note of notes) {
    const unmatched = note.pii.map(([kind, text]) => ({ kind, text }));
    expected += unmatched.length;
    for (const flag of findPii(note.text)) {
      const i = unmatched.findIndex((u) => u.kind === flag.kind && u.text === flag.text);
      if (i >= 0) {
        truePositives++;
        unmatched.splice(i, 1);
      } else falsePositives.push({ text: note.text, flagged: flag.text, kind: flag.kind });
    }
    misses.push(...unmatched.map((u) => ({ text: note.text, missed: u.text, kind: u.kind })));
  }
  const flagged = truePositives + falsePositives.length;
  return {
    notes: notes.length,
    expected,
    truePositives,
    falsePositives,
    misses,
    precision: flagged ? truePositives / flagged : 1,
    recall: expected ? truePositives / expected : 1,
  };
}
