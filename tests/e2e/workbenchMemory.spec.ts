import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionWithExercise, EXERCISE } from './steps';

// The workbench remembers, per data folder, as VS Code does: after a reload or a restart the
// same tabs are open, the same board is showing in the same view, and the session is still
// expanded in the explorer with its exercises listed.

const SECOND = 'Exercise 1: In your experience what do generalist skill sets look like';

async function addExercise(page: Page, title: string) {
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('dialog', { name: 'Command palette' }).getByLabel('Type a command').fill('Add exercise');
  await page.keyboard.press('Enter');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await add.getByLabel('Filter').fill(title.slice(0, 40));
  await add.getByText(title, { exact: false }).first().click();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(add).toBeHidden();
}

async function expectAsLeft(page: Page) {
  const tabs = page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab');
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(0)).toContainText(EXERCISE);
  await expect(tabs.nth(1)).toContainText(SECOND.slice(0, 20));
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'List', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveValue('Remembered across a reload');
  const session = page.getByRole('treeitem', { name: /Leeds community event/ });
  await expect(session).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('treeitem', { name: EXERCISE })).toBeVisible();
}

test('after a reload and after a restart the same tabs, board, view and expanded session are back', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await addExercise(page, SECOND);
  // Back to the first board, shown as a list, with a note in it.
  await page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab').first().click();
  await page.getByRole('tab', { name: 'List', exact: true }).click();
  await page.getByLabel('New note', { exact: true }).fill('Remembered across a reload');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(1);
  // The layout is written to the data folder a moment after it changes.
  const file = path.join(server.dataDir, 'workbench.json');
  await expect
    .poll(async () => Object.values(JSON.parse(await readFile(file, 'utf-8').catch(() => '{}')).views ?? {}))
    .toEqual(['list']);

  await page.reload();
  await expectAsLeft(page);
  await page.screenshot({ path: test.info().outputPath('after-reload.png') });

  await server.stop();
  await page.goto(await server.start());
  await expectAsLeft(page);
  expect(offMachineRequests).toEqual([]);
});
