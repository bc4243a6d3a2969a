import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { generatedExport } from '../../scripts/bench/synthesisData';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// "Export merged data" when the files cannot be made: Roundtable's local server has stopped
// (in browser mode it makes the files; the browser only saves the zip). The organiser is told,
// in the workspace, what went wrong and what to do; no half-made zip is downloaded, and every
// decision saved before is there once the server runs again.

const SHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.use({ viewport: { width: 1366, height: 768 } });

async function press(page: Page, target: ReturnType<Page['locator']>, key: string) {
  await target.focus();
  await page.keyboard.press(key);
}

test('an export that fails says why and what to do, downloads nothing, and loses no decision', async ({
  page,
  server,
  offMachineRequests,
}) => {
  // The sentence model loads and reads the exports' notes before the themes are shown.
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-export-failure-e2e-'));
  try {
    const files = [];
    for (let i = 1; i <= 3; i++) {
      const file = path.join(dir, `event${i}.roundtable-export.json`);
      await writeFile(file, JSON.stringify(generatedExport(i, 60)));
      files.push(file);
    }
    await page.goto(server.url);
    await press(page, page.getByRole('button', { name: 'Synthesis' }), 'Enter');
    const projects = page.getByRole('region', { name: 'Synthesis projects' });
    await projects.getByLabel('New project’s name').focus();
    await page.keyboard.type('North listening');
    await page.keyboard.press('Enter');
    await expect(projects).toContainText('Open: North listening');
    await page.getByLabel('Add export files…').setInputFiles(files);
    const region = page.getByRole('region', { name: 'Review the themes' });
    const status = region.getByRole('status');
    await expect(status).toContainText('0% of notes in approved themes', { timeout: 120_000 });
    const themes = region.getByRole('list', { name: /^Themes of / }).getByRole('button');
    await press(page, themes.first(), 'Enter');
    const approved = region.getByRole('checkbox', { name: 'Approved' });
    await press(page, approved, 'Space');
    await expect(approved).toBeChecked();
    await expect(themes.first()).toContainText('✓ approved');
    const headline = (await region.getByRole('heading', { level: 4 }).innerText()).trim();
    const progress = await status.innerText();

    // The server stops; the organiser exports.
    await server.kill();
    let downloads = 0;
    page.on('download', () => downloads++);
    await press(page, page.getByRole('button', { name: 'Export merged data' }), 'Enter');
    const alert = page.locator('.synthesis-workspace').getByRole('alert').filter({ hasText: 'not exported' });
    await expect(alert).toContainText(/^The merged data was not exported: /);
    // What is wrong, what to do, and that nothing saved is lost.
    await expect(alert).toContainText('Roundtable’s local server');
    await expect(alert).toContainText(/restart it and reload this page/);
    await expect(alert).toContainText(
      'The project “North listening” is unchanged: every decision saved so far is kept.',
    );
    await expect(alert).toContainText('choose “Export merged data” again');
    expect(downloads).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'synthesis-export-failure.png') });
    expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);

    // Started again and the page reloaded, as the message says: the decision is there and the export works.
    const url = await server.start();
    await page.goto(url);
    await press(page, page.getByRole('button', { name: 'Synthesis' }), 'Enter');
    await press(page, projects.getByRole('button', { name: 'Open North listening' }), 'Enter');
    await expect(themes.filter({ hasText: headline }).first()).toContainText('✓ approved', { timeout: 60_000 });
    await expect(status).toHaveText(progress);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page, page.getByRole('button', { name: 'Export merged data' }), 'Enter'),
    ]);
    const entries = unzipSync(await readFile((await download.path())!));
    expect(Object.keys(entries)).toContain('north-listening-audit-log.csv');
    expect(new TextDecoder().decode(entries['north-listening-audit-log.csv'])).toContain(`Approved ""${headline}""`);
    await expect(page.getByRole('alert').filter({ hasText: 'not exported' })).toHaveCount(0);
    expect(offMachineRequests).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
