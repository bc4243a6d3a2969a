import { describe, expect, it } from 'vitest';
import { decide, redo, undo } from '../../../shared/synthesisProject/history';
import { reviewOperation, type ReviewOperation } from '../../../shared/synthesisProject/registry';
import type { SynthesisProject } from '../../../shared/synthesisProject/schema';
import { loadSynthesisProject } from '../../../shared/synthesisProject/migrations';
import { AT, placesOf, sampleProject } from './projectFixture';

function decided(project: SynthesisProject, op: ReviewOperation): SynthesisProject {
  const result = decide(project, op, { at: AT });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function refusal(project: SynthesisProject, op: unknown): string {
  const result = decide(project, op as ReviewOperation, { at: AT });
  if (result.ok) throw new Error('expected the decision to be refused');
  return result.error.message;
}

const themeOf = (p: SynthesisProject, id: string) =>
  p.coding.questions.flatMap((q) => q.themes).find((t) => t.id === id);

describe('review operations', () => {
  it('merges themes of one question: notes joined, the merged theme gone, its quote kept if the target has none', () => {
    const p = decided(sampleProject(), reviewOperation('mergeThemes', { into: 't-2', from: ['t-1'] }));
    expect(themeOf(p, 't-1')).toBeUndefined();
    expect(themeOf(p, 't-2')!.noteIds).toEqual(['n4', 'n5', 'n1', 'n2', 'n3']);
    expect(themeOf(p, 't-2')!.quoteNoteId).toBe('n2');
    expect(p.audit.at(-1)).toMatchObject({ action: 'mergeThemes', by: 'Asha' });
    expect(p.audit.at(-1)!.summary).toBe('Merged "Headline of t-1" into "Headline of t-2"');
  });

  it('refuses to merge a theme of another question, or one that does not exist, saying which', () => {
    expect(refusal(sampleProject(), { name: 'mergeThemes', args: { into: 't-1', from: ['t-3'] } })).toMatch(
      /Theme t-3 answers another question \(q2 \(public\)\)/,
    );
    expect(refusal(sampleProject(), { name: 'mergeThemes', args: { into: 't-1', from: ['t-9'] } })).toMatch(
      /^Theme t-9 does not exist in this project/,
    );
  });

  it('splits chosen notes into a new theme numbered from the project, never reusing an id', () => {
    let p = decided(
      sampleProject(),
      reviewOperation('splitTheme', { themeId: 't-1', noteIds: ['n2'], headline: 'Rotas' }),
    );
    const added = themeOf(p, 't-4')!;
    expect(added).toMatchObject({
      headline: 'Rotas',
      noteIds: ['n2'],
      origin: 'analyst',
      approved: false,
      quoteNoteId: 'n2',
    });
    expect(themeOf(p, 't-1')).toMatchObject({ noteIds: ['n1', 'n3'], quoteNoteId: null });
    expect(p.coding.questions[0].themes.map((t) => t.id)).toEqual(['t-1', 't-4', 't-2']);
    // Undone, then split again: the new theme takes t-5, not the t-4 that once existed.
    const u = undo(p, { at: AT });
    if (!u.ok) throw new Error(u.error.message);
    p = u.value;
    expect(themeOf(p, 't-4')).toBeUndefined();
    p = decided(p, reviewOperation('splitTheme', { themeId: 't-1', noteIds: ['n3'], headline: 'Breaks' }));
    expect(themeOf(p, 't-5')!.headline).toBe('Breaks');
  });

  it('refuses a split of notes not in the theme, or of every note', () => {
    expect(
      refusal(sampleProject(), reviewOperation('splitTheme', { themeId: 't-1', noteIds: ['n4'], headline: 'X' })),
    ).toMatch(/Note n4 is not in theme t-1/);
    expect(
      refusal(sampleProject(), reviewOperation('splitTheme', { themeId: 't-2', noteIds: ['n4', 'n5'], headline: 'X' })),
    ).toMatch(/leave at least one note/);
  });

  it('renames, defines, sets sub-points, picks the quote and approves', () => {
    let p = sampleProject();
    p = decided(p, reviewOperation('renameTheme', { themeId: 't-1', headline: '  Not enough staff ' }));
    p = decided(p, reviewOperation('defineTheme', { themeId: 't-1', definition: 'Shifts short of staff' }));
    p = decided(p, reviewOperation('setSubPoints', { themeId: 't-1', subPoints: ['Agency cover', 'Vacancies'] }));
    p = decided(p, reviewOperation('pickQuote', { themeId: 't-1', noteId: 'n3' }));
    p = decided(p, reviewOperation('setApproved', { themeId: 't-1', approved: true }));
    expect(themeOf(p, 't-1')).toMatchObject({
      headline: 'Not enough staff',
      definition: 'Shifts short of staff',
      subPoints: ['Agency cover', 'Vacancies'],
      quoteNoteId: 'n3',
      approved: true,
    });
    expect(p.audit.map((e) => e.action)).toEqual([
      'createProject',
      'renameTheme',
      'defineTheme',
      'setSubPoints',
      'pickQuote',
      'setApproved',
    ]);
  });

  it('refuses a quote that is not a note of the theme', () => {
    expect(refusal(sampleProject(), reviewOperation('pickQuote', { themeId: 't-1', noteId: 'n4' }))).toMatch(
      /Note n4 is not in theme t-1 "Headline of t-1"; pick the quote from the theme’s own notes/,
    );
  });

  it('moves notes to a theme or to "other"; a moved quote is cleared from the theme it left', () => {
    let p = decided(sampleProject(), reviewOperation('moveNotes', { noteIds: ['n2', 'n6'], to: 't-2' }));
    expect(placesOf(p).get('n2')).toBe('q1|t-2');
    expect(placesOf(p).get('n6')).toBe('q1|t-2');
    expect(themeOf(p, 't-1')!.quoteNoteId).toBeNull();
    p = decided(p, reviewOperation('moveNotes', { noteIds: ['n1'], to: 'other' }));
    expect(p.coding.questions[0].other).toEqual(['n1']);
  });

  it('refuses to move a note into another question’s theme, or a note the project lacks', () => {
    expect(refusal(sampleProject(), reviewOperation('moveNotes', { noteIds: ['p1'], to: 't-1' }))).toMatch(
      /answer another question \(q2 \(public\)\).*a note can only move within its own question/,
    );
    expect(refusal(sampleProject(), reviewOperation('moveNotes', { noteIds: ['zz'], to: 't-1' }))).toMatch(
      /Note zz is not in this project/,
    );
  });

  it('moves every note of a table group, wherever each is, to one theme', () => {
    const p = decided(sampleProject(), reviewOperation('moveGroup', { groupId: 'g-2', to: 't-1' }));
    expect(placesOf(p).get('n4')).toBe('q1|t-1');
    expect(placesOf(p).get('n6')).toBe('q1|t-1');
    expect(placesOf(p).get('n5')).toBe('q1|t-2');
    expect(p.audit.at(-1)!.summary).toBe('Moved the table group g-2 (2 notes) to "Headline of t-1"');
    // Given the groups' words (the exports hold them), the log names the group, not its id.
    const named = decide(sampleProject(), reviewOperation('moveGroup', { groupId: 'g-2', to: 't-1' }), {
      at: '2026-01-01T00:00:00.000Z',
      names: { group: (id) => (id === 'g-2' ? '"Rotas" (Table 3, Leeds)' : undefined) },
    });
    expect(named.ok && named.value.audit.at(-1)!.summary).toBe(
      'Moved the table group "Rotas" (Table 3, Leeds) (2 notes) to "Headline of t-1"',
    );
    expect(refusal(sampleProject(), reviewOperation('moveGroup', { groupId: 'g-404', to: 't-1' }))).toMatch(
      /No note of this project is in the table group g-404/,
    );
  });

  it('refuses an unknown decision by name, listing the ones it knows', () => {
    expect(refusal(sampleProject(), { name: 'deleteTheme', args: {} })).toMatch(
      /"deleteTheme" is not a review decision/,
    );
    expect(refusal(sampleProject(), { name: 'restoreThemes', args: {} })).toMatch(/mergeThemes, splitTheme/);
  });

  it('undoes and redoes, each logged; a new decision clears redo', () => {
    const start = sampleProject();
    const merged = decided(start, reviewOperation('mergeThemes', { into: 't-1', from: ['t-2'] }));
    const undone = undo(merged, { at: AT, by: 'Ben' });
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value.coding).toEqual(start.coding);
    expect(undone.value.audit.at(-1)).toMatchObject({ action: 'undo', by: 'Ben' });
    const redone = redo(undone.value, { at: AT });
    if (!redone.ok) throw new Error(redone.error.message);
    expect(redone.value.coding).toEqual(merged.coding);
    expect(redone.value.audit.at(-1)!.action).toBe('redo');
    const again = undo(redone.value, { at: AT });
    if (!again.ok) throw new Error(again.error.message);
    const fresh = decided(again.value, reviewOperation('setApproved', { themeId: 't-1', approved: true }));
    expect(fresh.redo).toEqual([]);
    const nothing = redo(fresh, { at: AT });
    expect(nothing.ok ? '' : nothing.error.message).toBe('There is nothing to redo.');
  });

  it('a project after decisions, undo and redo is a valid project file that loads back the same', () => {
    let p = decided(sampleProject(), reviewOperation('splitTheme', { themeId: 't-1', noteIds: ['n1'], headline: 'A' }));
    p = decided(p, reviewOperation('moveGroup', { groupId: 'g-2', to: 'other' }));
    const u = undo(p, { at: AT });
    if (!u.ok) throw new Error(u.error.message);
    const loaded = loadSynthesisProject(JSON.parse(JSON.stringify(u.value)));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.project).toEqual(u.value);
  });
});
