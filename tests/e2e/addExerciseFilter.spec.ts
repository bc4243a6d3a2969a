import { expect, test } from './fixtures';

test('Add exercise opens on its Filter: type a few letters and Enter adds the exercise that matches', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await page.locator('body').focus();
  await page.keyboard.press('Control+Alt+N');
  const created = page.getByRole('dialog', { name: 'New session' });
  await expect(created).toBeVisible();
  await page.keyboard.type('Leeds community event');
  await page.keyboard.press('Enter');
  await expect(created).toBeHidden();

  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.type('Add exercise');
  await page.keyboard.press('Enter');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await expect(add.getByLabel('Filter')).toBeFocused();
  // Typing goes to the Filter at once, and the first exercise that matches is the one chosen.
  await page.keyboard.type('benefits risks');
  await expect(add.getByRole('status')).toHaveText(/^1 of \d+ exercises match\.$/);
  await expect(add.getByRole('radio', { checked: true })).toHaveAccessibleName('Exercise 1: Benefits and risks');
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
  await expect(page.getByRole('tab', { name: /Exercise 1: Benefits and risks/ }).first()).toBeVisible();
  expect(offMachineRequests).toEqual([]);
});
