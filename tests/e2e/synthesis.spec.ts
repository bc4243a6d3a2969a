import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { generatedExport } from '../../scripts/bench/synthesisData';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// An organiser's afternoon: the exports of several events into the Synthesis workspace, what
// staff have told us so far read off it, and the merged files downloaded.

test('the Synthesis workspace reads several events’ exports, lists a bad file, and shows themes, counts and charts', async ({
  page,
  server,
  offMachineRequests,
}) => {
  // The sentence model loads and reads every note before the project's themes are shown.
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-synthesis-e2e-'));
  const files = [0, 1, 2].map((i) => path.join(dir, `event-${i}.roundtable-export.json`));
  // Events three apart run overlapping exercises (see synthesisData.ts), so themes span events.
  await Promise.all(files.map((f, i) => writeFile(f, JSON.stringify(generatedExport(10 + 3 * i, 60)))));
  const bad = path.join(dir, 'edited.json');
  const edited = generatedExport(20, 60);
  edited.event.name = 'Changed by hand after export';
  await writeFile(bad, JSON.stringify(edited));
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Synthesis' }).click();
    await expect(page.getByRole('heading', { name: /Synthesis: what staff have told us so far/ })).toBeVisible();
    await page.getByLabel('Add export files…').setInputFiles([...files, bad]);
    // The files make a new project; while the sentence model reads their notes, a bar says so.
    const coding = page.getByRole('progressbar', { name: 'Finding the themes of the new notes' });
    await expect(coding).toBeVisible();
    // Its value in words: which files' notes (the four sent together), then how far the services are
    // (tests/e2e/synthesisProgress.spec.ts follows the bar's value).
    await expect(coding).toHaveAttribute('aria-valuetext', /^Files 1 to 4 of 4/);
    await expect(page.getByRole('status').filter({ hasText: /^Finding the themes/ })).toHaveText(
      /^Finding the themes of the notes of files 1 to 4 of 4: (checking the files|the sentence model has read|comparing the notes)/,
    );
    await expect(coding).toBeHidden({ timeout: 90_000 });

    await expect(page.getByRole('region', { name: 'Files not used' })).toContainText(
      '"edited.json" was changed after it was exported',
    );
    await expect(page.getByRole('region', { name: 'Synthesis projects' })).toContainText('Open: Synthesis');
    const totals = page.locator('.synthesis-totals');
    await expect(totals.getByText('Sessions', { exact: true }).locator('..')).toContainText('3');
    await expect(totals.getByText('Dots', { exact: true }).locator('..')).toContainText(/\d{2,}/);
    // The counts of notes are protected as one linked table, by cells inside it where they can:
    // the audience totals stay published (never a small number, never "[c]" here).
    for (const audience of ['Staff notes', 'Public notes']) {
      await expect(totals.getByText(audience, { exact: true }).locator('..')).toHaveText(
        new RegExp(`^${audience}\\d{2,}$`),
      );
    }
    // Small numbers of people are never shown: somewhere a count reads "<5".
    await expect(page.getByText(/<5/).first()).toBeVisible();
    const question = page.getByRole('region', { name: generatedExport(10, 60).exercises[0].title });
    await expect(question.getByRole('heading', { level: 4, name: 'What staff said' })).toBeVisible();
    // A theme drawn from more than one event, with its quote and one label.
    const acrossEvents = page
      .locator('.synthesis-theme')
      .filter({ hasText: /notes from [23] events/ })
      .first();
    await expect(acrossEvents).toBeVisible();
    await expect(acrossEvents.locator('blockquote footer').first()).not.toBeEmpty();
    // Each chart's figures are there as a table for screen readers.
    await expect(page.getByRole('table', { name: /dots by zone/ }).first()).toBeAttached();
    await expect(page.getByRole('table', { name: 'Staff group' })).toBeVisible();
    expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
    await page.screenshot({
      path: path.join(import.meta.dirname, '..', '..', 'test-results', 'synthesis-workspace.png'),
    });

    // Each chart is drawn by the charting library and downloads as a real PNG and a real SVG.
    const prevalence = page.getByRole('figure', { name: /staff notes per theme/ }).first();
    await expect(prevalence.getByRole('img', { name: /^Bar chart of .*staff notes per theme/ })).toBeVisible();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      prevalence.getByRole('button', { name: /^Download PNG of/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/staff-notes-per-theme\.png$/);
    const pngBytes = await readFile((await png.path())!);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(600); // drawn at twice its width on screen
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      prevalence.getByRole('button', { name: /^Download SVG of/ }).click(),
    ]);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('staff notes per theme');

    // The exports were read into a new project: its files, from its coding, and its audit log, in one zip.
    const [merged] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export merged data' }).click(),
    ]);
    expect(merged.suggestedFilename()).toMatch(/^\d{4}-\d\d-\d\d-synthesis-merged-data\.zip$/);
    const entries = unzipSync(await readFile((await merged.path())!));
    expect(
      Object.keys(entries)
        .map((n) => n.replace(/^\d{4}-\d\d-\d\d-/, ''))
        .sort(),
    ).toEqual([
      'synthesis-audit-log.csv',
      'synthesis-codebook.csv',
      'synthesis-codebook.json',
      'synthesis-coded-notes.csv',
      'synthesis-coded-notes.parquet',
      'synthesis-counts.csv',
      'synthesis-cross-tabs.csv',
      'synthesis-notes.csv',
      'synthesis.json',
      'synthesis.xlsx',
      'what-staff-have-told-us.html',
    ]);
    const parquet = Object.entries(entries).find(([n]) => n.endsWith('.parquet'))![1];
    expect(new TextDecoder().decode(parquet.subarray(0, 4))).toBe('PAR1');

    // Back to the boards, and the workspace keeps what it read.
    await page.getByRole('button', { name: 'Synthesis' }).click();
    await expect(page.getByRole('heading', { name: 'Welcome to Roundtable' })).toBeVisible();
    expect(offMachineRequests).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
