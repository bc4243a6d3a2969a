import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { synthesisOutputs } from '../../../shared/synthesis/outputs/outputs';
import { shareableSynthesis } from '../../../shared/synthesis/shareable';
import { isSmall } from '../../helpers/disclosure';
import { published } from '../../helpers/publishedSynthesis';
import { randomCoding } from './outputs/codings';

// The shareable synthesis (what the report, the synthesis JSON and the counts CSV show) and the
// shareable outputs (codebook, cross-tabs), made as the app and the command line make them: from
// one coding. Over generated events and codings: a theme's count reads the same in the report as
// in the codebook, no count reads 1 to 4, and no withheld count can be worked out from everything
// published together (a question's notes less its other themes, a total less the other questions).

const events = fc.array(
  fc.record({ seed: fc.integer({ min: 0, max: 10_000 }), size: fc.integer({ min: 1, max: 45 }) }),
  {
    minLength: 1,
    maxLength: 3,
  },
);

function made(list: { seed: number; size: number }[], seed: number, maxThemes: number) {
  const builder = new SynthesisBuilder();
  list.forEach((e, i) => builder.add(generatedExport(e.seed * 10 + i, e.size), `${i}.json`));
  const themes = { coding: randomCoding(builder.noteRows(), seed, maxThemes) };
  const coding = builder.coding(themes);
  const synthesis = builder.result(themes);
  const shared = shareableSynthesis(synthesis);
  return { builder, shared, out: synthesisOutputs(synthesis, builder.noteRows(), coding) };
}

describe('shareable theme counts', () => {
  it('read as the codebook reads them, never 1 to 4, and none withheld can be worked out', () => {
    fc.assert(
      fc.property(events, fc.integer(), fc.integer({ min: 1, max: 8 }), (list, seed, maxThemes) => {
        const { builder, shared, out } = made(list, seed, maxThemes);
        const p = published(out, shared, true);
        expect([...p.figures].filter(([, v]) => isSmall(v))).toEqual([]);
        expect(p.recoverable(builder.noteRows().length)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it('each question’s themes are the coding’s, by id, with the exact count in the raw synthesis', () => {
    const { builder, shared, out } = made([{ seed: 3, size: 40 }], 7, 4);
    const ids = shared.questions.flatMap((q) => [...q.themes.staff, ...q.alsoRaised.staff].map((t) => t.id));
    expect(ids.length).toBeGreaterThan(0);
    const inCodebook = new Set(out.codebook.map((t) => t.themeId));
    expect(ids.filter((id) => !inCodebook.has(id))).toEqual([]);
    const exact = builder.result({ coding: builder.coding() }).questions;
    expect(exact.length).toBe(shared.questions.length);
  });

  it('keeps the headline totals published when cells inside the table can protect the small ones', () => {
    // Three events of 60 participants, as the workspace's browser test adds them: 40 public notes
    // among 480, two questions with fewer than 5 public notes. Protecting those through the
    // audience totals once hid the staff and public totals and most themes' counts.
    const builder = new SynthesisBuilder();
    [0, 1, 2].forEach((i) => builder.add(generatedExport(10 + 3 * i, 60), `${i}.json`));
    const shared = shareableSynthesis(builder.result({ coding: builder.coding() }));
    expect(shared.totals.notesByAudience).toEqual({ staff: 440, public: 40 });
    const themeCells = shared.questions.flatMap((q) => [...q.themes.staff, ...q.alsoRaised.staff].map((t) => t.notes));
    const withheld = themeCells.filter((n) => typeof n !== 'number');
    expect(withheld.length).toBeLessThan(themeCells.length / 3);
  });
});
