import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER, type Coding } from '../../../shared/synthesis/coding';
import { decide, undo } from '../../../shared/synthesisProject/history';
import {
  applyProjectOperation,
  REVIEW_OPERATION_NAMES,
  type ReviewOperation,
} from '../../../shared/synthesisProject/registry';
import { codingProblem, type SynthesisProject } from '../../../shared/synthesisProject/schema';
import { placesOf, sampleProject, theme } from './projectFixture';

// Over generated codings and generated sequences of decisions (some of which are refused):
// every note stays in exactly one theme or "other" of its own question, a decision followed by
// its inverse gives the coding back, and undoing every step returns to where the review began.

/** A coding: 1-3 questions, each with 1-5 themes and "other", notes dealt among them. */
const codingArb: fc.Arbitrary<Coding> = fc
  .array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 3 })
  .chain((questions) =>
    fc.constant({
      questions: questions.map((slots, qi) => {
        const themeCount = Math.max(1, Math.max(...slots));
        const themes = Array.from({ length: themeCount }, (_, ti) => theme(`t-${qi * 10 + ti + 1}`, [] as string[]));
        const other: string[] = [];
        slots.forEach((slot, ni) =>
          (slot === 0 ? other : themes[(slot - 1) % themeCount].noteIds).push(`q${qi}n${ni}`),
        );
        return { templateId: `q${qi}`, audience: 'staff' as const, themes, other };
      }),
    }),
  );

/** A decision drawn from the project as it stands, from a few numbers; it may well be refused. */
function decisionFrom(project: SynthesisProject, [kind, a, b, c]: number[]): ReviewOperation {
  const themes = project.coding.questions.flatMap((q) => q.themes);
  const notes = [...placesOf(project).keys()];
  const t = (i: number) => themes[i % themes.length]?.id ?? 't-1';
  const someNotes = (from: string[], i: number) => from.filter((_, k) => (k + i) % 3 !== 0).slice(0, 4);
  const target = (i: number) => (i % 4 === 0 ? OTHER : t(i));
  switch (kind % 9) {
    case 0:
      return { name: 'mergeThemes', args: { into: t(a), from: [t(b)] } };
    case 1: {
      const source = themes[a % themes.length];
      return {
        name: 'splitTheme',
        args: { themeId: t(a), noteIds: someNotes(source?.noteIds ?? ['x'], b), headline: `S${c}` },
      };
    }
    case 2:
      return { name: 'renameTheme', args: { themeId: t(a), headline: `H${b}` } };
    case 3:
      return { name: 'defineTheme', args: { themeId: t(a), definition: `D${b}` } };
    case 4:
      return { name: 'setSubPoints', args: { themeId: t(a), subPoints: [`P${b}`, `P${c}`].slice(0, b % 3) } };
    case 5:
      return {
        name: 'moveNotes',
        args: {
          noteIds: [notes[b % notes.length], notes[c % notes.length]].filter((v, i, all) => all.indexOf(v) === i),
          to: target(a),
        },
      };
    case 6:
      return { name: 'moveGroup', args: { groupId: `g-${b % 3}`, to: target(a) } };
    case 7: {
      const source = themes[a % themes.length];
      const noteId = source?.noteIds.length ? source.noteIds[b % source.noteIds.length] : null;
      return { name: 'pickQuote', args: { themeId: t(a), noteId: c % 5 === 0 ? notes[c % notes.length] : noteId } };
    }
    default:
      return { name: 'setApproved', args: { themeId: t(a), approved: b % 2 === 0 } };
  }
}

const projectOf = (coding: Coding): SynthesisProject => {
  const p = sampleProject(coding);
  // Table groups over the generated notes: every third note in g-0, g-1 or g-2 (some ungrouped).
  const noteGroups: Record<string, string> = {};
  [...placesOf(p).keys()].forEach((id, i) => i % 4 !== 3 && (noteGroups[id] = `g-${i % 3}`));
  // Every fifth note arrived with a later export and is not yet reviewed.
  const unreviewed = [...placesOf(p).keys()].filter((_, i) => i % 5 === 2);
  return { ...p, noteGroups, unreviewed };
};

const steps = fc.array(fc.array(fc.nat({ max: 1000 }), { minLength: 4, maxLength: 4 }), { maxLength: 25 });

describe('review decisions, over any coding and any sequence', () => {
  it('every note stays in exactly one theme or "other" of its own question', () => {
    const made = new Set<string>();
    fc.assert(
      fc.property(codingArb, steps, (coding, draws) => {
        let project = projectOf(coding);
        const questionOf = (p: SynthesisProject) => new Map([...placesOf(p)].map(([id, at]) => [id, at.split('|')[0]]));
        const start = questionOf(project);
        for (const draw of draws) {
          const op = decisionFrom(project, draw);
          const result = decide(project, op, { at: project.updatedAt });
          if (result.ok) {
            project = result.value;
            made.add(op.name);
          }
          expect(codingProblem(project.coding, project.nextThemeNumber)).toBeNull();
          expect(questionOf(project)).toEqual(start);
        }
      }),
      { numRuns: 200 },
    );
    // The sequences really decided things: every kind of decision applied somewhere.
    expect([...made].sort()).toEqual(REVIEW_OPERATION_NAMES.slice().sort());
  });

  it('a decision and then its inverse give the coding back; theme numbers only grow', () => {
    fc.assert(
      fc.property(
        codingArb,
        steps,
        fc.array(fc.nat({ max: 1000 }), { minLength: 4, maxLength: 4 }),
        (coding, before, draw) => {
          let project = projectOf(coding);
          for (const d of before) {
            const r = decide(project, decisionFrom(project, d), { at: project.updatedAt });
            if (r.ok) project = r.value;
          }
          const applied = applyProjectOperation(project, decisionFrom(project, draw));
          if (!applied.ok) return;
          const back = applyProjectOperation(applied.value.project, applied.value.inverse);
          expect(back.ok).toBe(true);
          if (!back.ok) return;
          expect(back.value.project.coding).toEqual(project.coding);
          expect(back.value.project.unreviewed).toEqual(project.unreviewed);
          expect(back.value.project.nextThemeNumber).toBe(applied.value.project.nextThemeNumber);
          expect(back.value.project.nextThemeNumber).toBeGreaterThanOrEqual(project.nextThemeNumber);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('undoing every step returns the coding the review began with', () => {
    fc.assert(
      fc.property(codingArb, steps, (coding, draws) => {
        const start = projectOf(coding);
        let project = start;
        for (const draw of draws) {
          const r = decide(project, decisionFrom(project, draw), { at: project.updatedAt });
          if (r.ok) project = r.value;
        }
        const made = project.undo.length;
        for (let i = 0; i < made; i++) {
          const u = undo(project, { at: project.updatedAt });
          expect(u.ok).toBe(true);
          if (u.ok) project = u.value;
        }
        expect(project.coding).toEqual(start.coding);
        expect(project.unreviewed).toEqual(start.unreviewed);
        expect(project.audit.length).toBe(start.audit.length + 2 * made);
      }),
      { numRuns: 150 },
    );
  });
});
