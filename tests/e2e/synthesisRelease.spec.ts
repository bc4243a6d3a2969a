import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generatedExport } from '../../scripts/bench/synthesisData';
import { contentHashOf } from '../../electron/services/export/exportService';
import { SynthesisBuilder } from '../../shared/synthesis/builder';
import { shareableSynthesis } from '../../shared/synthesis/shareable';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// An organiser reviews a possible personal detail the synthesis withheld, sees where it is and
// the words around it, and releases it by keyboard: the synthesis is made again with it back.

test('a withheld finding is listed with its file, field, kind and text, and released by keyboard into the results', async ({
  page,
  server,
  offMachineRequests,
}) => {
  // The file makes a project: the sentence model loads and reads its notes first.
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-release-e2e-'));
  const { contentHash: _old, ...data } = generatedExport(10, 60);
  data.tables[0].name = "Dr Patel's table";
  const file = path.join(dir, 'leeds.roundtable-export.json');
  await writeFile(file, JSON.stringify({ ...data, contentHash: contentHashOf(data) }));
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Synthesis' }).click();
    await page.getByLabel('Add export files…').setInputFiles([file]);

    const review = page.getByRole('region', { name: 'Withheld until reviewed' });
    await expect(review).toContainText('1 of 1 possible personal detail withheld', { timeout: 90_000 });
    await expect(review).toContainText('leeds.roundtable-export.json');
    await expect(review).toContainText("Dr Patel's table");
    const tables = page.getByRole('table', { name: 'Table' });
    await expect(tables).toContainText("Dr [withheld name]'s table");
    await expect(tables).not.toContainText('Patel');
    expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);

    const release = review.getByRole('checkbox', {
      name: /^Release the name in .* of leeds\.roundtable-export\.json$/,
    });
    await release.focus();
    await page.keyboard.press('Space');
    await expect(release).toBeChecked();
    await expect(review).toContainText('0 of 1 possible personal detail withheld');
    await expect(tables).toContainText("Dr Patel's table");

    // Withheld again, by keyboard too.
    await page.keyboard.press('Space');
    await expect(release).not.toBeChecked();
    await expect(tables).toContainText("Dr [withheld name]'s table");
    expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
    expect(offMachineRequests).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the workspace shows the figures the shareable files give, "[c]" where they withhold one', async ({
  page,
  server,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-shown-e2e-'));
  // One event of 60 notes: each question's public notes are under 5, so its staff notes are withheld too.
  const data = generatedExport(10, 60);
  const file = path.join(dir, 'leeds.roundtable-export.json');
  await writeFile(file, JSON.stringify(data));
  const builder = new SynthesisBuilder();
  builder.add(data, 'leeds.roundtable-export.json');
  const shared = shareableSynthesis(builder.result());
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Synthesis' }).click();
    await page.getByLabel('Add export files…').setInputFiles([file]);
    for (const q of shared.questions) {
      const line = `${q.notes.staff} staff notes · ${q.notes.public} public notes · ${q.ungrouped} in no group`;
      await expect(page.getByRole('region', { name: q.title }).first()).toContainText(line);
    }
    expect(shared.questions.some((q) => q.notes.staff === '[c]')).toBe(true);
    const staffGroup = page.getByRole('table', { name: 'Staff group' });
    for (const row of shared.counts.staffGroup)
      await expect(
        staffGroup.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row.label, exact: true }) }),
      ).toContainText(String(row.count));
    const totals = page.locator('.synthesis-totals');
    await expect(totals.getByText('Staff notes', { exact: true }).locator('..')).toContainText(
      String(shared.totals.notesByAudience.staff),
    );
    expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
