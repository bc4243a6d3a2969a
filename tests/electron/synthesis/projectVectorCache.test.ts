import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProject, writeProject } from '../../../electron/synthesis/projectRun';
import { textsOf } from '../../../electron/services/synthesis/projectVectors';
import { vectorSource } from '../../../electron/themes/synthesisVectors';
import { vectorCacheFile } from '../../../electron/themes/vectorCache';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { generatedExport } from '../../../scripts/bench/synthesisData';
import { tempFolder } from '../../helpers/tempFolder';

// A synthesis project run again (the command line's --project, as a pipeline would) with the
// shipped sentence model: each text's vector is kept in the project's folder, so a rerun never
// embeds a note it has seen, and new exports cost only their new texts. A fresh vector source
// each run stands for a fresh process: nothing is remembered but the cache file.

// Two small generated exports (8 notes a board), content-hashed as the app writes them.
const EVENT_A = generatedExport(1, 8);
const EVENT_B = generatedExport(2, 8);

const textsIn = (...events: (typeof EVENT_A)[]) => {
  const builder = new SynthesisBuilder();
  events.forEach((e, i) => builder.add(e, `${i}.json`));
  return textsOf(builder.noteRows());
};

describe('a synthesis project’s sentence vectors, kept in its folder', () => {
  it('embeds each text once: a rerun embeds nothing, new exports only their new texts', async () => {
    const dir = await tempFolder('roundtable-project-vectors-');
    await writeFile(path.join(dir, 'a.roundtable-export.json'), JSON.stringify(EVENT_A));
    await writeFile(path.join(dir, 'b.roundtable-export.json'), JSON.stringify(EVENT_B));
    const fresh = () => vectorSource({ cacheFile: vectorCacheFile(dir) });
    const file = path.join(dir, 'north.roundtable-synthesis.json');

    const first = await runProject(file, [path.join(dir, 'a.roundtable-export.json')], { vectors: fresh() });
    await writeProject(file, first.project);
    expect(first.wordsOnlyReason).toBe('');
    expect(first).toMatchObject({ embedded: textsIn(EVENT_A).length, fromCache: 0 });

    // The same export made into a second project beside it: every vector read back, none embedded.
    const again = await runProject(
      path.join(dir, 'south.roundtable-synthesis.json'),
      [dir + '/a.roundtable-export.json'],
      {
        vectors: fresh(),
      },
    );
    expect(again).toMatchObject({ embedded: 0, fromCache: textsIn(EVENT_A).length });
    expect(again.project.coding).toEqual(first.project.coding);

    // Another export added to the first project: only texts the first export did not have are embedded.
    const known = new Set(textsIn(EVENT_A));
    const added = await runProject(file, [path.join(dir, 'b.roundtable-export.json')], { vectors: fresh() });
    const newTexts = textsIn(EVENT_A, EVENT_B).filter((t) => !known.has(t));
    expect(newTexts.length).toBeGreaterThan(0);
    expect(added).toMatchObject({ embedded: newTexts.length, fromCache: known.size, added: 1 });
  }, 180_000);
});
