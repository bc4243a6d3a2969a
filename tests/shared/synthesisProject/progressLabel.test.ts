import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../shared/synthesis/coding';
import { reviewProgress } from '../../../shared/synthesisProject/progress';

// The review's progress as the workspace, the project list and the command line say it: a theme
// approved moves the figure off "0%" however large the project, and "100%" means every note.

function coding(sizes: readonly number[], approved: readonly boolean[], other: number): Coding {
  let n = 0;
  const ids = (k: number) => Array.from({ length: k }, () => `note:n${n++}`);
  return {
    questions: [
      {
        templateId: 'q',
        audience: 'staff',
        themes: sizes.map((size, i) => ({
          id: `t-${i + 1}`,
          headline: `Theme ${i + 1}`,
          definition: '',
          subPoints: [],
          quoteNoteId: null,
          approved: approved[i] ?? false,
          noteIds: ids(size),
          origin: 'machine' as const,
        })),
        other: ids(other),
      },
    ],
  };
}

describe('the progress label', () => {
  it('says "under 1%" when a few notes of many are in approved themes', () => {
    // 8 notes approved of 2,929: 0.27%, which used to read "0%" as though nothing was approved.
    const label = reviewProgress(coding([8, 2921], [true, false], 0)).overall.label;
    expect(label).toBe('under 1% of notes in approved themes');
  });

  it('reads 0% only with nothing approved and 100% only with every note approved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 20_000 }),
        (themes, other) => {
          const { overall } = reviewProgress(
            coding(
              themes.map(([size]) => size),
              themes.map(([, approved]) => approved),
              other,
            ),
          );
          expect(overall.label.startsWith('0%')).toBe(overall.inApprovedThemes === 0);
          expect(overall.label.startsWith('100%')).toBe(overall.inApprovedThemes === overall.notes);
          expect(overall.label).toMatch(/^(under 1|\d{1,3})% of notes in approved themes$/);
        },
      ),
    );
  });
});
