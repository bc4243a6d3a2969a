import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../../scripts/bench/synthesisData';
import type { SynthesisView } from '../../../../shared/synthesis/types';
import type { ProjectListing, ProjectOpened, ProjectReview } from '../../../../shared/synthesisProject/view';
import { contentHashOf } from '../../../../electron/services/export/exportService';
import { call, refusal, servicesOn } from '../../../helpers/synthesisServices';
import { tempFolder } from '../../../helpers/tempFolder';

// What the workspace shows of a project: its synthesis with the themes as reviewed, a
// personal-data finding released into it (the choice saved in the project file, and logged),
// and an audit log that names table groups by their words, not their ids.

function exportNaming(name: string) {
  const { contentHash: _old, ...data } = generatedExport(10, 60);
  data.tables[0].name = name;
  return { name: 'leeds.roundtable-export.json', text: JSON.stringify({ ...data, contentHash: contentHashOf(data) }) };
}

describe('a synthesis project’s view', () => {
  it('releases a finding into the synthesis, keeps the choice in the project file and logs it', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const made = await call<ProjectOpened>(services, 'createSynthesisProject', { name: 'Leeds' }, [
      exportNaming("Dr Patel's table"),
    ]);
    const id = made.review.id;
    const [finding] = made.view.piiReview;
    expect(finding.released).toBe(false);
    expect(JSON.stringify(made.view.synthesis)).not.toContain('Patel');

    const released = await call<SynthesisView>(services, 'getSynthesisProjectView', id, {
      releasedPii: [finding.finding.id],
    });
    expect(released.piiReview[0].released).toBe(true);
    expect(JSON.stringify(released.synthesis)).toContain("Dr Patel's table");

    // New services (a restart) read the choice back from the project file.
    const again = await servicesOn(dataDir);
    const reopened = await call<ProjectOpened>(again, 'openSynthesisProject', id);
    expect(reopened.view.piiReview[0].released).toBe(true);
    expect(reopened.review.audit.at(-1)).toMatchObject({ action: 'releasePii' });

    // An id no export holds is refused, and nothing changes.
    expect(await refusal(again, 'getSynthesisProjectView', id, { releasedPii: ['nowhere/x@0-1'] })).toMatch(
      /No finding in the project's exports has the id "nowhere\/x@0-1"/,
    );
    const unchanged = await call<SynthesisView>(again, 'getSynthesisProjectView', id);
    expect(unchanged.piiReview[0].released).toBe(true);
  });

  it('names a moved table group in the audit log by its headline, table and event', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const made = await call<ProjectOpened>(services, 'createSynthesisProject', { name: 'Leeds' }, [
      exportNaming('Table one'),
    ]);
    const grouped = made.notes.find((n) => n.groupId && made.review.coding.questions.some((q) => q.themes.length > 1))!;
    const question = made.review.coding.questions.find((q) =>
      [...q.themes.flatMap((t) => t.noteIds), ...q.other].includes(grouped.noteId),
    )!;
    const to = question.themes.find((t) => !t.noteIds.includes(grouped.noteId))!;
    const review = await call<ProjectReview>(services, 'applySynthesisReview', made.review.id, {
      name: 'moveGroup',
      args: { groupId: grouped.groupId, to: to.id },
    });
    const summary = review.audit.at(-1)!.summary;
    expect(summary).toContain(`"${grouped.group}" (${grouped.table}, ${grouped.eventName})`);
    expect(summary).toContain(`to "${to.headline}"`);
    expect(summary).not.toContain(grouped.groupId);
  });

  it('makes an empty project by name, lists it, and codes the exports added to it later', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const made = await call<ProjectOpened>(services, 'createSynthesisProject', { name: 'Winter events' }, []);
    expect(made.notes).toEqual([]);
    expect(await call<ProjectListing[]>(services, 'listSynthesisProjects')).toMatchObject([
      { id: made.review.id, ok: true, name: 'Winter events', sources: 0 },
    ]);
    const added = await call<ProjectOpened>(services, 'addSynthesisProjectFiles', made.review.id, [
      exportNaming('Table one'),
    ]);
    expect(added.notes.length).toBeGreaterThan(0);
    const coded = added.review.coding.questions.flatMap((q) => [...q.themes.flatMap((t) => t.noteIds), ...q.other]);
    expect(new Set(coded)).toEqual(new Set(added.notes.map((n) => n.noteId)));
    expect(added.review.coding.questions.some((q) => q.themes.length > 0)).toBe(true);
  });
});
