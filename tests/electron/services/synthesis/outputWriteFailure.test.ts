import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../../scripts/bench/synthesisData';
import type { ApiServer } from '../../../../shared/api/contract';
import type { ProjectOpened } from '../../../../shared/synthesisProject/view';
import { createServices } from '../../../../electron/services/services';
import { wordsOnly } from '../../../../electron/services/synthesis/projectVectors';
import { loadTemplateLibrary } from '../../../../electron/services/templates/templateLibrary';
import { writeFiles } from '../../../../electron/synthesis/synthesiseFiles';
import { TEMPLATES_DIR } from '../../../helpers/services';
import { tempFolder } from '../../../helpers/tempFolder';

// Writing a synthesis's outputs, or saving its project, where the folder cannot be written:
// the message says what failed, which path and what to do, and nothing already saved is lost.

const ctx = { clientId: 'output-failure-test' };

describe('writing the outputs to a folder that cannot be written', () => {
  it('names the path, the reason and what to do', async () => {
    const dir = await tempFolder();
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, 'a regular file');
    const target = path.join(blocker, 'outputs');
    const failure = await writeFiles(target, [{ name: 'a.csv', mediaType: 'text/csv', content: 'x' }]).then(
      () => null,
      (error: NodeJS.ErrnoException) => error,
    );
    expect(failure?.code).toBe('ENOTDIR');
    expect(failure?.message).toMatch(
      /^The outputs were not written: the folder .*not-a-folder.outputs could not be made/,
    );
    expect(failure?.message).toContain('part of that path is a file, not a folder');
    expect(failure?.message).toContain('Choose a folder you can write to');
    expect(await readFile(blocker, 'utf-8')).toBe('a regular file');
  });
});

describe('a project whose folder cannot be written', () => {
  it('refuses the decision with a clear message and keeps every decision already saved', async () => {
    const dataDir = await tempFolder();
    const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
    const services: ApiServer = await createServices({
      dataDir,
      templates,
      appInfo: { version: 'test', mode: 'browser', schemaVersion: 1 },
      synthesisVectors: wordsOnly,
    });
    const files = [1, 2].map((n) => ({
      name: `e${n}.roundtable-export.json`,
      text: JSON.stringify(generatedExport(n, 20)),
    }));
    const made = await services.dispatch('createSynthesisProject', [{ name: 'North' }, files], ctx);
    if (!made.ok) throw new Error(made.error.message);
    const { review } = made.value as ProjectOpened;
    const folder = path.join(dataDir, 'syntheses');
    const file = path.join(folder, `${review.id}.roundtable-synthesis.json`);
    const saved = await readFile(file, 'utf-8');
    // A folder where the durable write puts its temp file: the save cannot be written (even as root).
    await mkdir(path.join(folder, `.${path.basename(file)}.${process.pid}.tmp`));
    const refused = await services.dispatch('setSynthesisAnalyst', [review.id, 'Asha'], ctx);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toMatch(/^Could not save the synthesis project to .*roundtable-synthesis\.json: /);
    expect(refused.error.message).toContain('The change was not made; every decision saved before it is kept.');
    expect(await readFile(file, 'utf-8')).toBe(saved);
    const opened = await services.dispatch('openSynthesisProject', [review.id], ctx);
    expect(opened.ok && (opened.value as ProjectOpened).review.coding).toEqual(review.coding);
  });
});
