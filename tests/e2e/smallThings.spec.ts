import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionWithExercise, palette } from './steps';

// Smaller things a facilitator tripped on at 1366×768, each checked as they would notice it.
test.use({ viewport: { width: 1366, height: 768 } });

async function addExercise(page: Page, title: string) {
  await palette(page, 'Add exercise');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await add.getByLabel('Filter').fill(title);
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
}

test('board tabs that overflow scroll, and the tab shown is in view', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  for (const title of ['generalist skill sets', 'Recruiting staff', 'Encouraging clinical staff', 'non-clinical staff'])
    await addExercise(page, title);
  const tabs = page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab');
  await expect(tabs).toHaveCount(5);
  const strip = page.locator('.tab-strip');
  const fits = await strip.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    right: el.getBoundingClientRect().right,
  }));
  expect(fits.scrolls).toBe(true);
  expect(fits.right).toBeLessThanOrEqual(1366);
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.last()).toBeInViewport({ ratio: 1 });
  // A title that is the prompt too is not said twice in the board's header.
  await expect(page.locator('.board-header')).toContainText('Exercise 2b) How can non-clinical staff');
  await expect(page.locator('.board-prompt')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('tabs.png') });
});

test('Add table with its mix open and Print board fit a 768 px screen: they scroll inside, their buttons in view', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await palette(page, 'Add table');
  const table = page.getByRole('dialog', { name: 'Add table' });
  await table.getByText('Staff groups and sectors at this table').click();
  await expect(table.getByRole('button', { name: 'Add table' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('add-table.png') });
  await table.getByRole('button', { name: 'Cancel' }).click();
  await palette(page, 'Print board');
  const print = page.getByRole('dialog', { name: 'Print board' });
  await expect(print.getByRole('button', { name: /Print/ }).last()).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('print-board.png') });
});

test('Edit table works from the explorer before any board is open', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab').first().focus();
  await page.keyboard.press('Control+w');
  await expect(page.getByRole('tablist', { name: 'Open boards' }).getByRole('tab')).toHaveCount(0);
  await palette(page, 'Edit table');
  await expect(page.getByRole('dialog', { name: 'Edit table' })).toBeVisible();
});
