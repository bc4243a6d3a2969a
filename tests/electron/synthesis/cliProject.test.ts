import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';
import { decide, loadSynthesisProject, reviewOperation, type SynthesisProject } from '../../../shared/synthesisProject';

// `roundtable synthesise --project`, run twice as a pipeline would: the first run makes the
// project from 3 exports; an analyst's review is written into it (as the app would save it);
// the second run, given 2 more exports, keeps every decision and codes only the new notes.

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
let dir: string;

function roundtable(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'roundtable.mjs'), 'synthesise', ...args], {
    encoding: 'utf8',
    timeout: 240_000,
  });
}

async function projectIn(file: string): Promise<SynthesisProject> {
  const loaded = loadSynthesisProject(JSON.parse(await readFile(file, 'utf-8')));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.project;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-cli-project-'));
  for (const folder of ['first', 'later']) await mkdir(path.join(dir, folder));
  for (const i of [1, 2, 3])
    await writeFile(path.join(dir, 'first', `e${i}.roundtable-export.json`), JSON.stringify(generatedExport(i, 40)));
  for (const i of [7, 8])
    await writeFile(path.join(dir, 'later', `e${i}.roundtable-export.json`), JSON.stringify(generatedExport(i, 40)));
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('roundtable synthesise --project', () => {
  it('makes the project, then reruns it on new exports keeping every decision', async () => {
    const file = path.join(dir, 'north.roundtable-synthesis.json');
    const first = roundtable(
      '--project',
      file,
      path.join(dir, 'first'),
      '--out',
      path.join(dir, 'out1'),
      '--words-only',
    );
    expect(first.stderr).not.toMatch(/failed unexpectedly/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Made the project .*north\.roundtable-synthesis\.json from 3 exports\./);
    const made = await projectIn(file);
    expect(made.sources.map((s) => s.path).sort()).toEqual([
      'first/e1.roundtable-export.json',
      'first/e2.roundtable-export.json',
      'first/e3.roundtable-export.json',
    ]);

    // The analyst's review, saved into the file.
    const q = [...made.coding.questions].sort((a, b) => b.themes.length - a.themes.length)[0];
    const [a, b] = q.themes;
    let reviewed = made;
    for (const op of [
      reviewOperation('mergeThemes', { into: a.id, from: [b.id] }),
      reviewOperation('renameTheme', { themeId: a.id, headline: 'Reviewed by Asha' }),
      reviewOperation('setApproved', { themeId: a.id, approved: true }),
    ]) {
      const r = decide(reviewed, op, { at: made.createdAt, by: 'Asha' });
      if (!r.ok) throw new Error(r.error.message);
      reviewed = r.value;
    }
    await writeFile(file, JSON.stringify(reviewed));
    const reviewedNotes = reviewed.coding.questions.flatMap((x) => x.themes).find((t) => t.id === a.id)!.noteIds;

    const second = roundtable(
      '--project',
      file,
      path.join(dir, 'later'),
      path.join(dir, 'first'),
      '--out',
      path.join(dir, 'out2'),
      '--words-only',
    );
    expect(second.stderr).not.toMatch(/failed unexpectedly/);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(
      /Updated the project .*: Added 2 exports: \d+ new notes, .*every earlier decision kept/,
    );
    expect(second.stdout).toMatch(/3 files skipped as repeats of exports already read/);
    const rerun = await projectIn(file);
    const theme = rerun.coding.questions.flatMap((x) => x.themes).find((t) => t.id === a.id)!;
    expect(theme).toMatchObject({ headline: 'Reviewed by Asha', approved: true });
    expect(theme.noteIds).toEqual(expect.arrayContaining(reviewedNotes));
    expect(rerun.coding.questions.flatMap((x) => x.themes).some((t) => t.id === b.id)).toBe(false);
    expect(rerun.sources).toHaveLength(5);
    expect(rerun.unreviewed.length).toBeGreaterThan(0);
    expect(rerun.audit.map((e) => e.action)).toEqual([
      'createProject',
      'mergeThemes',
      'renameTheme',
      'setApproved',
      'addFiles',
    ]);
    // The results show the reviewed themes and carry the audit log.
    const json = await readFile(
      path.join(dir, 'out2', second.stdout.match(/(\d{4}-\d\d-\d\d-synthesis\.json)/)![1]),
      'utf-8',
    );
    expect(json).toContain('Reviewed by Asha');
    expect(second.stdout).toContain('north-audit-log.csv');
  }, 600_000);

  it('refuses a project file from a newer Roundtable and leaves it as it is', async () => {
    const file = path.join(dir, 'newer.roundtable-synthesis.json');
    const text = JSON.stringify({ type: 'roundtable.synthesisProject', schemaVersion: 9 });
    await writeFile(file, text);
    const run = roundtable('--project', file, path.join(dir, 'later'), '--out', path.join(dir, 'out3'), '--words-only');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /written by a newer Roundtable \(synthesis project format 9; this one reads up to 1\)\. Update Roundtable to open it; the file has not been changed\. It was left as it is\./,
    );
    expect(await readFile(file, 'utf-8')).toBe(text);
  }, 300_000);
});
