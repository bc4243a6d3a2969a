import { describe, expect, it } from 'vitest';
import type { CodingNote } from '../../../shared/themes/machineCoding';
import { codedProject, extendProject } from '../../../shared/synthesisProject/extend';
import { decide, undo } from '../../../shared/synthesisProject/history';
import { reviewProgress } from '../../../shared/synthesisProject/progress';
import { reviewOperation } from '../../../shared/synthesisProject/registry';
import { codingProblem, type SynthesisProject } from '../../../shared/synthesisProject/schema';
import { AT, placesOf } from './projectFixture';

const TEXTS = [
  'Not enough staff on night shifts',
  'Short staffing on the ward at night',
  'Staffing shortages every weekend',
  'Car parking costs too much',
  'Parking at the hospital is expensive',
  'No parking spaces for staff',
  'The canteen closes too early',
];

function note(i: number, text: string, groupId = ''): CodingNote & { templateId: string; audience: 'staff' } {
  return {
    noteId: `n${i}`,
    text,
    groupId,
    group: groupId ? 'Staffing' : '',
    isQuote: false,
    dots: 0,
    templateId: 'q1',
    audience: 'staff',
  };
}

const first = TEXTS.map((t, i) => note(i, t, i < 2 ? 'g-a' : ''));
const later = [
  note(20, 'Not enough staff at weekends'),
  note(21, 'Parking costs staff a fortune'),
  note(22, 'The lifts are always broken'),
];
const source = (n: string) => ({ name: `${n}.json`, path: `${n}.json`, contentHash: n, addedAt: AT });

function decided(p: SynthesisProject, ...ops: Parameters<typeof decide>[1][]): SynthesisProject {
  for (const op of ops) {
    const r = decide(p, op, { at: AT });
    if (!r.ok) throw new Error(r.error.message);
    p = r.value;
  }
  return p;
}

describe('a project given later exports', () => {
  it('keeps every decision, codes the new notes into it as unreviewed, and never reuses a theme id', () => {
    const start = codedProject({
      id: 'p',
      name: 'P',
      at: AT,
      analyst: 'Asha',
      sources: [source('a')],
      notes: first,
      vectors: null,
    });
    expect(codingProblem(start.coding, start.nextThemeNumber)).toBeNull();
    expect(start.noteGroups).toEqual({ n0: 'g-a', n1: 'g-a' });
    const themes = start.coding.questions[0].themes;
    expect(themes.length).toBeGreaterThanOrEqual(2);
    const [a, b] = themes;
    let p = decided(
      start,
      reviewOperation('renameTheme', { themeId: a.id, headline: 'Reviewed headline' }),
      reviewOperation('setApproved', { themeId: a.id, approved: true }),
      reviewOperation('moveNotes', { noteIds: [b.noteIds[0]], to: 'other' }),
    );
    const reviewed = p;
    const placesBefore = placesOf(p);
    const ext = extendProject(p, { notes: [...first, ...later], vectors: null, sources: [source('b')], at: AT });
    p = ext.project;
    expect(ext.newNotes).toBe(3);
    for (const [id, at] of placesBefore) expect(placesOf(p).get(id)).toBe(at);
    expect(p.coding.questions[0].themes.find((t) => t.id === a.id)).toMatchObject({
      headline: 'Reviewed headline',
      approved: true,
    });
    expect(p.unreviewed.sort()).toEqual(['n20', 'n21', 'n22']);
    for (const id of ext.newThemes) expect(Number(id.slice(2))).toBeGreaterThanOrEqual(reviewed.nextThemeNumber);
    expect(codingProblem(p.coding, p.nextThemeNumber)).toBeNull();
    expect(p.sources.map((s) => s.contentHash)).toEqual(['a', 'b']);
    expect(p.audit.at(-1)!.action).toBe('addFiles');
    expect(p.audit.at(-1)!.summary).toMatch(
      /^Added 1 export: 3 new notes, .*every earlier decision kept; undo starts again from here$/,
    );
    expect(undo(p, { at: AT }).ok).toBe(false);
    // A new note that joined the approved theme is not counted as reviewed until it is approved again.
    const joined = p.coding.questions[0].themes
      .find((t) => t.id === a.id)!
      .noteIds.filter((id) => p.unreviewed.includes(id));
    const progress = reviewProgress(p.coding, p.unreviewed).overall;
    expect(progress.inApprovedThemes).toBe(reviewProgress(reviewed.coding).overall.inApprovedThemes);
    expect(progress.unreviewed).toBe(3);
    const approvedAgain = decided(p, reviewOperation('setApproved', { themeId: a.id, approved: true }));
    expect(approvedAgain.unreviewed.filter((id) => joined.includes(id))).toEqual([]);
    const back = undo(approvedAgain, { at: AT });
    expect(back.ok && back.value.unreviewed).toEqual(p.unreviewed);
  });
});

describe('a project given more exports before any decision', () => {
  it('codes every note afresh, with new theme ids, and marks nothing unreviewed', () => {
    const start = codedProject({ id: 'p', name: 'P', at: AT, sources: [source('a')], notes: first, vectors: null });
    const ext = extendProject(start, { notes: [...first, ...later], vectors: null, sources: [source('b')], at: AT });
    expect(ext.newNotes).toBe(3);
    expect(ext.project.unreviewed).toEqual([]);
    expect([...placesOf(ext.project).keys()].sort()).toEqual([...first, ...later].map((n) => n.noteId).sort());
    for (const q of ext.project.coding.questions)
      for (const t of q.themes) expect(Number(t.id.slice(2))).toBeGreaterThanOrEqual(start.nextThemeNumber);
    const summary = ext.project.audit.at(-1)!.summary;
    expect(summary).toMatch(/no decision had been made, so every note was coded afresh$/);
    // The new themes are named by their headlines (the first five, then how many more), never by id.
    expect(summary).not.toMatch(/\bt-\d+\b/);
    const themes = ext.project.coding.questions.flatMap((q) => q.themes);
    for (const t of themes.slice(0, 5)) expect(summary).toContain(`"${t.headline}"`);
    if (themes.length > 5) expect(summary).toContain(`and ${themes.length - 5} more`);
  });
});
