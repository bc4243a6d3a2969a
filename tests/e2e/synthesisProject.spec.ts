import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// A synthesis project is saved in the data folder: an analyst's review decisions (and their
// undo and redo) are still there after the window is reloaded and after the server is killed
// and started again, and the project is opened again from the list of projects.

const EXPORTS = path.join(import.meta.dirname, '..', 'fixtures', 'themes', 'exports');

async function openSynthesis(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Synthesis' }).click();
  await expect(page.getByRole('heading', { name: /Synthesis: what staff have told us so far/ })).toBeVisible();
}

test('review decisions, undo and redo are kept in the project file through a reload and a server restart', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(180_000);
  const files = (await readdir(EXPORTS)).filter((f) => f.endsWith('.json')).sort();
  await openSynthesis(page, server.url);
  const projects = page.getByRole('region', { name: 'Synthesis projects' });
  await projects.getByLabel('New project’s name').fill('Winter listening');
  await projects.getByRole('button', { name: 'Create project' }).click();
  await page.getByLabel('Add export files…').setInputFiles(files.slice(0, 8).map((f) => path.join(EXPORTS, f)));

  const region = page.getByRole('region', { name: 'Review the themes' });
  const status = region.getByRole('status');
  await expect(status).toContainText('0% of notes in approved themes', { timeout: 90_000 });
  const themes = region.getByRole('list', { name: /^Themes of / }).getByRole('button');
  const before = await themes.count();
  expect(before).toBeGreaterThan(2);

  // Merge the second theme into the first, rename the first, approve it; approve the next one
  // too and undo that, so there is a redo waiting.
  await themes.first().click();
  const mergedName = (await region.getByLabel('Merge into this theme').locator('option:checked').innerText()).replace(
    / \(\d+ notes\)$/,
    '',
  );
  await region.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(themes).toHaveCount(before - 1);
  await region.getByLabel('Headline').fill('Kept through a restart');
  await region.getByRole('button', { name: 'Rename' }).click();
  await expect(themes.first()).toContainText('Kept through a restart');
  await region.getByRole('checkbox', { name: 'Approved' }).check();
  await expect(themes.first()).toContainText('✓ approved');
  await themes.nth(1).click();
  await region.getByRole('checkbox', { name: 'Approved' }).check();
  await expect(themes.filter({ hasText: '✓ approved' })).toHaveCount(2);
  await region.getByRole('button', { name: /^Undo / }).click();
  await expect(themes.filter({ hasText: '✓ approved' })).toHaveCount(1);
  await expect(region.getByRole('button', { name: 'Redo Approve a theme' })).toBeEnabled();
  const progress = await status.innerText();

  async function expectKept() {
    await expect(themes).toHaveCount(before - 1, { timeout: 30_000 });
    await expect(themes.first()).toContainText('Kept through a restart');
    await expect(themes.filter({ hasText: mergedName })).toHaveCount(0);
    await expect(themes.filter({ hasText: '✓ approved' })).toHaveCount(1);
    await expect(status).toHaveText(progress);
    await expect(region.getByRole('button', { name: 'Redo Approve a theme' })).toBeEnabled();
  }

  // The window reloaded: the project is in the list, and opens with every decision.
  await openSynthesis(page, server.url);
  await expect(projects.getByRole('button', { name: 'Open Winter listening' })).toBeVisible();
  await projects.getByRole('button', { name: 'Open Winter listening' }).click();
  await expectKept();

  // The server killed (nothing saved on the way out) and started again.
  await server.kill();
  const url = await server.start();
  await openSynthesis(page, url);
  await projects.getByRole('button', { name: 'Open Winter listening' }).click();
  await expectKept();
  // The redo waiting is still the one made before the restart.
  await region.getByRole('button', { name: 'Redo Approve a theme' }).click();
  await expect(themes.filter({ hasText: '✓ approved' })).toHaveCount(2);
  expect(await seriousViolations(page, '.synthesis-workspace')).toEqual([]);
  expect(offMachineRequests).toEqual([]);
});
