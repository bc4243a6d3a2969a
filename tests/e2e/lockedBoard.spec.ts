import { expect, test } from './fixtures';
import { createSessionWithExercise, seriousViolations } from './steps';

// A locked board looks locked everywhere: the lock button is named for what it will do,
// the list view shows each note as text (nothing to edit, nothing to delete), and note
// details open read-only. Unlocking gives every field back.

test('a locked board: the lock button says Unlock board, the list view and note details are read-only and say so', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  const tools = page.getByRole('toolbar', { name: 'Board tools' });
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByLabel('New note', { exact: true }).fill('Travel between visits eats the day');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(1);

  // Unlocked: the button offers to lock, and is not a toggle with a hidden state.
  const lock = tools.getByRole('button', { name: 'Lock board', exact: true });
  await expect(lock).toBeVisible();
  await expect(lock).not.toHaveAttribute('aria-pressed');
  await lock.click();

  // Locked: the button offers to unlock, the list says the board is locked and has nothing to edit.
  await expect(tools.getByRole('button', { name: 'Lock board', exact: true })).toHaveCount(0);
  const unlock = tools.getByRole('button', { name: 'Unlock board', exact: true });
  await expect(unlock).toBeVisible();
  const list = page.locator('#board-surface');
  await expect(list.getByRole('note')).toContainText('This board is locked');
  await expect(list.getByText('Travel between visits eats the day')).toBeVisible();
  await expect(list.getByRole('textbox')).toHaveCount(0);
  await expect(list.getByRole('combobox')).toHaveCount(0);
  await expect(list.getByRole('checkbox')).toHaveCount(0);
  await expect(list.getByRole('button', { name: /Delete note|Group|Add/ })).toHaveCount(0);
  await expect(list.getByLabel('New note', { exact: true })).toHaveCount(0);
  expect(await seriousViolations(page, '#board-surface')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('locked-list.png') });

  // Note details on the board open read-only: every field disabled, the reason given, only Close.
  await page.getByRole('tab', { name: 'Board' }).click();
  const board = page.getByRole('application', { name: /^Board: / });
  await board.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('i');
  const details = page.getByRole('dialog', { name: 'Note details' });
  await expect(details).toBeVisible();
  await expect(details).toContainText('This board is locked');
  for (const field of ['Staff group', 'Sector', 'Source', 'Severity'])
    await expect(details.getByLabel(field)).toBeDisabled();
  await expect(details.getByRole('checkbox')).toBeDisabled();
  await expect(details.getByRole('button', { name: 'Save details' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('locked-details.png') });
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();

  // Unlocked again: the list's fields come back.
  await unlock.click();
  await expect(tools.getByRole('button', { name: 'Lock board', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(1);
  await expect(list.getByRole('note')).toHaveCount(0);
  expect(offMachineRequests).toEqual([]);
});
