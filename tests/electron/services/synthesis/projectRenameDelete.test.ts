import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiServer } from '../../../../shared/api/contract';
import type { ProjectListing, ProjectOpened, ProjectReview } from '../../../../shared/synthesisProject/view';
import { call, exportFiles, refusal, servicesOn } from '../../../helpers/synthesisServices';
import { tempFolder } from '../../../helpers/tempFolder';

// Renaming and deleting synthesis projects through the API as the window calls it, on real
// files in a temporary data folder.

const files = (from: number, count: number) => exportFiles(from, count, 30);

/** Every file under the data folder, with its bytes, to show that a refused call changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = await readFile(file, 'utf-8');
    }
  return out;
}

async function reviewedProject(services: ApiServer, name: string) {
  const made = await call<ProjectOpened>(services, 'createSynthesisProject', { name }, files(1, 3));
  const id = made.review.id;
  const [a, b] = [...made.review.coding.questions].sort((x, y) => y.themes.length - x.themes.length)[0].themes;
  await call(services, 'applySynthesisReview', id, { name: 'mergeThemes', args: { into: a.id, from: [b.id] } });
  const review = await call<ProjectReview>(services, 'applySynthesisReview', id, {
    name: 'setApproved',
    args: { themeId: a.id, approved: true },
  });
  return { id, review };
}

describe('renaming a synthesis project', () => {
  it('changes only its name: the file, the id and every decision stay, on disk and after opening again', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const { id, review } = await reviewedProject(services, 'North region');
    const file = path.join(dataDir, 'syntheses', `${id}.roundtable-synthesis.json`);

    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
        async (name) => {
          const renamed = await call<ProjectReview>(services, 'renameSynthesisProject', id, name);
          expect(renamed.name).toBe(name.trim());
          expect(renamed.id).toBe(id);
          expect(renamed.coding).toEqual(review.coding);
          expect(renamed.audit.at(-1)).toMatchObject({ action: 'renameProject' });
          expect(renamed.audit.at(-1)!.summary).toContain(name.trim().slice(0, 100));
        },
      ),
      { numRuns: 15 },
    );
    await call(services, 'renameSynthesisProject', id, '  South West listening  ');
    expect(await readdir(path.join(dataDir, 'syntheses'))).toContain(`${id}.roundtable-synthesis.json`);
    expect(JSON.parse(await readFile(file, 'utf-8'))).toMatchObject({ id, name: 'South West listening' });

    // New services read it from disk: the new name, and the review exactly as it was.
    const again = await servicesOn(dataDir);
    const listed = await call<ProjectListing[]>(again, 'listSynthesisProjects');
    expect(listed).toEqual([expect.objectContaining({ id, ok: true, name: 'South West listening' })]);
    const opened = await call<ProjectOpened>(again, 'openSynthesisProject', id);
    expect(opened.review.coding).toEqual(review.coding);
    expect(opened.review.audit.slice(0, review.audit.length)).toEqual(review.audit);
  });

  it('refuses a bad id, an unknown project or an empty name with a clear message, and changes nothing', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const { id } = await reviewedProject(services, 'North region');
    const before = await snapshot(dataDir);
    expect(await refusal(services, 'renameSynthesisProject', '../escape', 'X')).toMatch(/synthesis project id/);
    expect(await refusal(services, 'renameSynthesisProject', 'no-such-project', 'X')).toMatch(
      /There is no synthesis project no-such-project/,
    );
    expect(await refusal(services, 'renameSynthesisProject', id, '   ')).toMatch(/name/);
    expect(await snapshot(dataDir)).toEqual(before);
  });
});

describe('deleting a synthesis project', () => {
  it('moves its file and its exports’ copies to the deleted folder and leaves the other projects as they were', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    const kept = await reviewedProject(services, 'Kept');
    const gone = await reviewedProject(services, 'Gone');
    const keptFile = path.join(dataDir, 'syntheses', `${kept.id}.roundtable-synthesis.json`);
    const keptBytes = await readFile(keptFile, 'utf-8');

    await call(services, 'deleteSynthesisProject', gone.id);
    const listed = await call<ProjectListing[]>(services, 'listSynthesisProjects');
    expect(listed.map((p) => p.id)).toEqual([kept.id]);
    expect(await readFile(keptFile, 'utf-8')).toBe(keptBytes);
    const left = await readdir(path.join(dataDir, 'syntheses'));
    expect(left.filter((n) => n.includes(gone.id))).toEqual([]);
    const bin = await readdir(path.join(dataDir, 'deleted'));
    const moved = bin.find((n) => n.startsWith(`synthesis-${gone.id}.`) && n.endsWith('.roundtable-synthesis.json'));
    expect(moved).toBeDefined();
    expect(JSON.parse(await readFile(path.join(dataDir, 'deleted', moved!), 'utf-8'))).toMatchObject({ name: 'Gone' });
    expect(bin.some((n) => n.startsWith(`synthesis-${gone.id}.`) && n.endsWith('.sources'))).toBe(true);

    // The deleted one cannot be opened; the other opens with its review.
    expect(await refusal(services, 'openSynthesisProject', gone.id)).toMatch(/There is no synthesis project/);
    const opened = await call<ProjectOpened>(services, 'openSynthesisProject', kept.id);
    expect(opened.review.coding).toEqual(kept.review.coding);
  });

  it('refuses a bad or unknown id with a clear message and changes nothing', async () => {
    const dataDir = await tempFolder();
    const services = await servicesOn(dataDir);
    await reviewedProject(services, 'Only');
    const before = await snapshot(dataDir);
    expect(await refusal(services, 'deleteSynthesisProject', '../../etc')).toMatch(/synthesis project id/);
    expect(await refusal(services, 'deleteSynthesisProject', 'not-a-project')).toMatch(
      /There is no synthesis project not-a-project .*nothing was deleted/,
    );
    expect(await snapshot(dataDir)).toEqual(before);
  });
});
