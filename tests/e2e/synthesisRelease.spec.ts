import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generatedExport } from '../../scripts/bench/synthesisData';
import { contentHashOf } from '../../electron/services/export/exportService';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// An organiser reviews a possible personal detail the synthesis withheld, sees where it is and
// the words around it, and releases it by keyboard: the synthesis is made again with it back.

test('a withheld finding is listed with its file, field, kind and text, and released by keyboard into the results', async ({
  page,
  server,
  offMachineRequests,
}) => {
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
    await expect(review).toContainText('1 of 1 possible personal detail withheld');
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
