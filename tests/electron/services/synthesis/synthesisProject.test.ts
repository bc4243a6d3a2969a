import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../shared/export/files';
import type { CodedTheme } from '../../../../shared/synthesis/coding';
import type { ProjectListing, ProjectOpened, ProjectReview } from '../../../../shared/synthesisProject/view';
import { call, exportFiles, refusal, servicesOn } from '../../../helpers/synthesisServices';
import { tempFolder } from '../../../helpers/tempFolder';

// A synthesis project through the API as the window calls it, over a real data folder: made
// from exports, reviewed (merge, split, move a table group, approve), given 5 more exports, and
// opened again by new services from the file on disk, with every decision kept.

const files = (from: number, count: number) => exportFiles(from, count, 40);

const allThemes = (r: ProjectReview): CodedTheme[] => r.coding.questions.flatMap((q) => q.themes);
const themeOf = (r: ProjectReview, id: string) => allThemes(r).find((t) => t.id === id);

describe('a synthesis project', () => {
  it('keeps every decision when 5 more exports are added, on disk and after opening again', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const made = await call<ProjectOpened>(services, 'createSynthesisProject', { name: 'North region' }, files(1, 8));
    const id = made.review.id;
    expect(made.added.map((a) => a.outcome)).toEqual(Array(8).fill('added'));
    expect(made.review.sources).toHaveLength(8);
    const file = path.join(dataDir, 'syntheses', `${id}.roundtable-synthesis.json`);
    expect(JSON.parse(await readFile(file, 'utf-8'))).toMatchObject({
      type: 'roundtable.synthesisProject',
      schemaVersion: 1,
    });
    // Every participant note is coded: in a theme or "other".
    const coded = made.review.coding.questions.flatMap((q) => [...q.themes.flatMap((t) => t.noteIds), ...q.other]);
    expect(new Set(coded)).toEqual(new Set(made.notes.map((n) => n.noteId)));

    await call(services, 'setSynthesisAnalyst', id, 'Asha Patel');
    // The question with the most themes: merge its two first, split its biggest, move a table group.
    const question = [...made.review.coding.questions].sort((a, b) => b.themes.length - a.themes.length)[0];
    expect(question.themes.length).toBeGreaterThanOrEqual(3);
    const [a, b] = question.themes;
    let review = await call<ProjectReview>(services, 'applySynthesisReview', id, {
      name: 'mergeThemes',
      args: { into: a.id, from: [b.id] },
    });
    const merged = themeOf(review, a.id)!;
    const split = await call<ProjectReview>(services, 'applySynthesisReview', id, {
      name: 'splitTheme',
      args: { themeId: a.id, noteIds: merged.noteIds.slice(0, 2), headline: 'Split off by Asha' },
    });
    const newId = `t-${review.nextThemeNumber}`;
    expect(themeOf(split, newId)).toMatchObject({ headline: 'Split off by Asha', origin: 'analyst' });
    const grouped = made.notes.find(
      (n) => n.groupId && question.themes.some((t) => t.id !== a.id && t.noteIds.includes(n.noteId)),
    );
    expect(grouped).toBeDefined();
    const groupNotes = made.notes.filter((n) => n.groupId === grouped!.groupId).map((n) => n.noteId);
    await call(services, 'applySynthesisReview', id, {
      name: 'moveGroup',
      args: { groupId: grouped!.groupId, to: a.id },
    });
    await call(services, 'applySynthesisReview', id, {
      name: 'renameTheme',
      args: { themeId: a.id, headline: 'Staffing, reviewed' },
    });
    review = await call<ProjectReview>(services, 'applySynthesisReview', id, {
      name: 'setApproved',
      args: { themeId: a.id, approved: true },
    });
    expect(review.progress.overall.percent).toBeGreaterThan(0);
    expect(review.audit.at(-1)).toMatchObject({ action: 'setApproved', by: 'Asha Patel' });
    const reviewed = review;

    const more = await call<ProjectOpened>(services, 'addSynthesisProjectFiles', id, files(20, 5));
    expect(more.added.map((x) => x.outcome)).toEqual(Array(5).fill('added'));
    const after = more.review;
    const kept = (r: ProjectReview) => {
      const t = themeOf(r, a.id)!;
      expect(t).toMatchObject({ headline: 'Staffing, reviewed', approved: true });
      for (const n of reviewed.coding.questions.flatMap((q) => q.themes).find((x) => x.id === a.id)!.noteIds)
        expect(t.noteIds).toContain(n);
      for (const n of groupNotes) expect(t.noteIds).toContain(n);
      expect(themeOf(r, b.id)).toBeUndefined();
      expect(themeOf(r, newId)!.noteIds).toEqual(expect.arrayContaining(themeOf(reviewed, newId)!.noteIds));
      // Every note the review saw is where the review left it.
      for (const rq of reviewed.coding.questions) {
        const q = r.coding.questions.find((x) => x.templateId === rq.templateId && x.audience === rq.audience)!;
        for (const t of rq.themes)
          for (const n of t.noteIds) expect(q.themes.find((x) => x.id === t.id)!.noteIds).toContain(n);
        for (const n of rq.other) expect(q.other).toContain(n);
      }
    };
    kept(after);
    expect(after.sources).toHaveLength(13);
    expect(after.unreviewed.length).toBe(more.notes.length - made.notes.length);
    expect(after.progress.overall.unreviewed).toBe(after.unreviewed.length);
    for (const t of allThemes(after))
      if (!allThemes(reviewed).some((x) => x.id === t.id))
        expect(Number(t.id.slice(2))).toBeGreaterThanOrEqual(reviewed.nextThemeNumber);
    expect(after.audit.at(-1)).toMatchObject({ action: 'addFiles', by: 'Asha Patel' });

    // New services on the same folder: the project as it was left, from its file and its sources' copies.
    const again = await servicesOn(dataDir);
    const listed = await call<ProjectListing[]>(again, 'listSynthesisProjects');
    expect(listed).toEqual([expect.objectContaining({ id, ok: true, name: 'North region', sources: 13 })]);
    const reopened = await call<ProjectOpened>(again, 'openSynthesisProject', id);
    kept(reopened.review);
    expect(reopened.review.coding).toEqual(after.coding);
    expect(reopened.notes).toHaveLength(more.notes.length);
    // The synthesis (and so the report) shows the themes as reviewed.
    const shown = reopened.view.synthesis.questions.flatMap((q) =>
      [...q.themes.staff, ...q.themes.public, ...q.alsoRaised.staff, ...q.alsoRaised.public].map((t) => t.headline),
    );
    expect(shown).toContain('Staffing, reviewed');
    expect(reopened.view.files.every((f) => f.outcome === 'added')).toBe(true);

    const audit = await call<ExportFile>(again, 'exportSynthesisAuditLog', id);
    const actions = audit.content
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[2]);
    expect(actions).toEqual([
      'createProject',
      'setAnalyst',
      'mergeThemes',
      'splitTheme',
      'moveGroup',
      'renameTheme',
      'setApproved',
      'addFiles',
    ]);
    const outputs = await call<ExportFile[]>(again, 'exportSynthesisProject', id);
    expect(outputs.map((f) => f.name)).toContain(audit.name);
    // The codebook names the reviewed theme, and the coded notes come as Parquet too.
    const codebook = outputs.find((f) => /codebook\.csv$/.test(f.name))!;
    expect(codebook.content).toContain('Staffing, reviewed');
    expect(outputs.some((f) => f.name.endsWith('.parquet'))).toBe(true);
  }, 180_000);

  it('refuses a bad decision, and undoes and redoes through the API', async () => {
    const services = await servicesOn(await tempFolder());
    const { review } = await call<ProjectOpened>(
      services,
      'createSynthesisProject',
      { name: 'P', analyst: 'Ben' },
      files(1, 2),
    );
    expect(
      await refusal(services, 'applySynthesisReview', review.id, {
        name: 'renameTheme',
        args: { themeId: 't-999', headline: 'X' },
      }),
    ).toMatch(/Theme t-999 does not exist in this project/);
    expect(await refusal(services, 'applySynthesisReview', review.id, { name: 'restoreThemes', args: {} })).toMatch(
      /is not a review decision/,
    );
    const t = allThemes(review)[0];
    const renamed = await call<ProjectReview>(services, 'applySynthesisReview', review.id, {
      name: 'renameTheme',
      args: { themeId: t.id, headline: 'New' },
    });
    expect(renamed.history).toEqual({ undo: 'Rename a theme', redo: null });
    const undone = await call<ProjectReview>(services, 'undoSynthesisReview', review.id);
    expect(themeOf(undone, t.id)!.headline).toBe(t.headline);
    expect(undone.history).toEqual({ undo: null, redo: 'Rename a theme' });
    const redone = await call<ProjectReview>(services, 'redoSynthesisReview', review.id);
    expect(themeOf(redone, t.id)!.headline).toBe('New');
    expect(redone.audit.map((e) => e.action).slice(-3)).toEqual(['renameTheme', 'undo', 'redo']);
    expect(await refusal(services, 'redoSynthesisReview', review.id)).toBe('There is nothing to redo.');
  });

  it('refuses a damaged or newer project file with a clear message and leaves it exactly as it was', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const { review } = await call<ProjectOpened>(services, 'createSynthesisProject', { name: 'P' }, files(1, 1));
    const file = path.join(dataDir, 'syntheses', `${review.id}.roundtable-synthesis.json`);
    const newer = JSON.stringify({ ...JSON.parse(await readFile(file, 'utf-8')), schemaVersion: 7 });
    await writeFile(file, newer);
    const fresh = await servicesOn(dataDir);
    expect(await refusal(fresh, 'openSynthesisProject', review.id)).toMatch(
      /written by a newer Roundtable \(synthesis project format 7; this one reads up to 1\)\. Update Roundtable to open it/,
    );
    expect(await readFile(file, 'utf-8')).toBe(newer);
    await writeFile(file, '{"type": "roundtable.synthesisProject", ');
    const listed = await call<ProjectListing[]>(await servicesOn(dataDir), 'listSynthesisProjects');
    expect(listed).toEqual([
      {
        id: review.id,
        ok: false,
        problem: expect.stringMatching(/is not valid JSON .*it was not opened and is unchanged/),
      },
    ]);
    expect(await readFile(file, 'utf-8')).toBe('{"type": "roundtable.synthesisProject", ');
    // The copies of its exports are still there to make it again from.
    expect(await readdir(path.join(dataDir, 'syntheses', `${review.id}.sources`))).toHaveLength(1);
  });
});
