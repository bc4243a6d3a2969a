import { describe, expect, it } from 'vitest';
import { auditCsv } from '../../../shared/synthesisProject/audit';
import { decide } from '../../../shared/synthesisProject/history';
import { loadSynthesisProject, projectMigrationsAreInOrder } from '../../../shared/synthesisProject/migrations';
import { reviewProgress } from '../../../shared/synthesisProject/progress';
import { reviewOperation } from '../../../shared/synthesisProject/registry';
import { AT, sampleProject } from './projectFixture';

describe('the synthesis project file', () => {
  it('loads a project it wrote, and its migrations run in order', () => {
    const project = sampleProject();
    const loaded = loadSynthesisProject(JSON.parse(JSON.stringify(project)));
    expect(loaded.ok && loaded.value).toEqual({ project, migratedFrom: null });
    expect(projectMigrationsAreInOrder()).toBe(true);
  });

  it('refuses a newer format, saying to update Roundtable', () => {
    const loaded = loadSynthesisProject({ ...sampleProject(), schemaVersion: 2 });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.code).toBe('unsupported-version');
    expect(loaded.error.message).toMatch(
      /written by a newer Roundtable \(synthesis project format 2; this one reads up to 1\)\. Update Roundtable/,
    );
  });

  it('refuses what is not a project, and a project whose notes are in two places', () => {
    const session = loadSynthesisProject({ type: 'roundtable.session', schemaVersion: 2 });
    expect(!session.ok && session.error.message).toMatch(
      /is not a Roundtable synthesis project \(its "type" is "roundtable.session"/,
    );
    const twice = sampleProject();
    twice.coding.questions[0].other.push('n1');
    const loaded = loadSynthesisProject(JSON.parse(JSON.stringify(twice)));
    expect(!loaded.ok && loaded.error.message).toMatch(/the note n1 is in more than one place/);
    const polluted = loadSynthesisProject(JSON.parse('{"__proto__": {}, "type": "roundtable.synthesisProject"}'));
    expect(polluted.ok).toBe(false);
  });

  it('exports the audit log as CSV, one row per decision, formula text made safe', () => {
    let p = sampleProject();
    const r = decide(p, reviewOperation('renameTheme', { themeId: 't-1', headline: '=HYPERLINK("x")' }), {
      at: AT,
      by: 'Asha, lead',
    });
    if (!r.ok) throw new Error(r.error.message);
    p = r.value;
    const lines = auditCsv(p).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('when,by,action,decision');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(`${AT},"Asha, lead",renameTheme,"Renamed ""Headline of t-1"" to ""=HYPERLINK(""x"")"""`);
  });

  it('shows progress as the share of notes in approved themes, per question and overall', () => {
    let p = sampleProject();
    expect(reviewProgress(p.coding).overall.label).toBe('0% of notes in approved themes');
    for (const themeId of ['t-1', 't-3']) {
      const r = decide(p, reviewOperation('setApproved', { themeId, approved: true }), { at: AT });
      if (!r.ok) throw new Error(r.error.message);
      p = r.value;
    }
    const progress = reviewProgress(p.coding);
    // q1: 3 of 6 notes (t-1 approved; t-2 and "other" not); q2: 2 of 2.
    expect(progress.questions.map((q) => [q.templateId, q.percent, q.approvedThemes])).toEqual([
      ['q1', 50, 1],
      ['q2', 100, 1],
    ]);
    expect(progress.overall).toMatchObject({
      notes: 8,
      inApprovedThemes: 5,
      percent: 62,
      label: '62% of notes in approved themes',
    });
  });
});
