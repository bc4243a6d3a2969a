import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHashOf } from '../../../electron/services/export/exportService';
import { wordsOnly } from '../../../electron/services/synthesis/projectVectors';
import { SynthesisProjectStore } from '../../../electron/services/synthesis/synthesisProjectStore';
import { runProject } from '../../../electron/synthesis/projectRun';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import type { Coding } from '../../../shared/synthesis/coding';
import type { SessionExport } from '../../../shared/export/schema';
import { EVENT_A, EVENT_B } from '../../shared/synthesis/handMade';
import { tempFolder } from '../../helpers/tempFolder';

// A synthesis project (the workspace's, or the command line's --project) must theme the tables'
// work as a one-off synthesis does: the sub-points a table wrote under its group ("Nights",
// "Weekends") and the note it chose to speak for the group. Both once coded from the bare note
// rows, so a project's staffing theme lost the tables' sub-points and quoted another note.

/** The export as the app writes it: its content hash over everything else, so an import check accepts it. */
function sealed(data: SessionExport): SessionExport {
  const { contentHash: _, ...unhashed } = data;
  return { ...data, contentHash: contentHashOf(unhashed) };
}

const EXPORTS = [sealed(EVENT_A), sealed(EVENT_B)];

function oneOffCoding(): Coding {
  const builder = new SynthesisBuilder();
  EXPORTS.forEach((e, i) => builder.add(e, `${i}.json`));
  return builder.coding();
}

function staffingTheme(coding: Coding) {
  const themes = coding.questions.flatMap((q) => q.themes);
  const theme = themes.find((t) => t.noteIds.includes('note:a1'));
  expect(theme, 'a theme holds the staffing notes').toBeDefined();
  return theme!;
}

describe('a synthesis project codes the tables’ own words', () => {
  it('in the workspace: its themes carry the tables’ sub-points and chosen quotes', async () => {
    const store = new SynthesisProjectStore({
      dataDir: await tempFolder('roundtable-project-words-'),
      vectors: wordsOnly,
    });
    const files = EXPORTS.map((e, i) => ({ name: `${i}.roundtable-export.json`, text: JSON.stringify(e) }));
    const opened = await store.create('North', files);
    expect(opened.added.map((a) => a.outcome)).toEqual(['added', 'added']);

    const staffing = staffingTheme(opened.review.coding);
    expect(staffing.subPoints).toEqual(expect.arrayContaining(['Nights', 'Weekends']));
    expect(staffing.quoteNoteId).toBe('note:a1');
    expect(opened.review.coding).toEqual(oneOffCoding());
  });

  it('from the command line: the same coding as the workspace and a one-off synthesis', async () => {
    const dir = await tempFolder('roundtable-project-words-cli-');
    const paths = await Promise.all(
      EXPORTS.map(async (e, i) => {
        const file = path.join(dir, `${i}.roundtable-export.json`);
        await writeFile(file, JSON.stringify(e));
        return file;
      }),
    );
    const run = await runProject(path.join(dir, 'north.roundtable-synthesis.json'), paths, { vectors: wordsOnly });
    expect(run.added).toBe(2);
    const staffing = staffingTheme(run.project.coding);
    expect(staffing.subPoints).toEqual(expect.arrayContaining(['Nights', 'Weekends']));
    expect(staffing.quoteNoteId).toBe('note:a1');
    expect(run.project.coding).toEqual(oneOffCoding());
  });
});
