import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXERCISE, createSessionByKeyboard, palette, seriousViolations, tabTo } from './steps';

async function expectNoSeriousViolations(page: Page, what: string) {
  expect(await seriousViolations(page), what).toEqual([]);
}

const tables = (page: Page) => page.getByRole('navigation', { name: 'Tables' });
const currentTable = (page: Page) => tables(page).locator('[aria-current="page"]');
const canvas = (page: Page) => page.getByRole('application', { name: `Board: ${EXERCISE}` });

test('tables, the agenda, the timer, locking and presenter mode, with the keyboard alone', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionByKeyboard(page, EXERCISE);

  // A second table: its own board of the exercise, shown at once.
  await palette(page, 'Add table');
  const tableDialog = page.getByRole('dialog', { name: 'Add table' });
  await expect(tableDialog.getByLabel('Table name')).toHaveValue('Table 2');
  await expectNoSeriousViolations(page, 'table dialog');
  await page.keyboard.press('Tab');
  await expect(tableDialog.getByLabel('Participants')).toBeFocused();
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(tableDialog).toBeHidden();
  await expect(currentTable(page)).toHaveAccessibleName(/^Table 2\W+0 notes$/);

  // A note at table 2, then T and Shift+T switch tables without leaving the board.
  await tabTo(page, canvas(page));
  await page.keyboard.press('n');
  await page.keyboard.type('More district nurses at weekends');
  await page.keyboard.press('Enter');
  await expect(currentTable(page)).toHaveAccessibleName(/^Table 2\W+1 note$/);
  await page.keyboard.press('t');
  await expect(currentTable(page)).toHaveAccessibleName(/^Table 1\W+0 notes$/);
  await expect(canvas(page)).toBeFocused();
  await expect(canvas(page)).toHaveAttribute('data-notes-total', '10');
  await page.keyboard.press('Shift+T');
  await expect(currentTable(page)).toHaveAccessibleName(/^Table 2\W+1 note$/);
  await expect(canvas(page)).toHaveAttribute('data-notes-total', '11');
  await expectNoSeriousViolations(page, 'board with tables');

  // Rename the table and record its mix; then remove it, and undo brings it back with its note.
  await palette(page, 'Edit table');
  const editDialog = page.getByRole('dialog', { name: 'Edit table' });
  await expect(editDialog.getByLabel('Table name')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Blue table');
  await tabTo(page, editDialog.getByText('Staff groups and sectors at this table (optional)'));
  await page.keyboard.press('Enter');
  await tabTo(page, editDialog.getByLabel('Nurse'));
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(editDialog).toBeHidden();
  await expect(currentTable(page)).toHaveAccessibleName(/^Blue table\W+1 note$/);
  await palette(page, 'Edit table');
  await expect(editDialog.getByLabel('Nurse')).toHaveValue('4');
  await tabTo(page, editDialog.getByRole('button', { name: 'Remove table' }));
  await page.keyboard.press('Enter');
  await expect(tables(page).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(tables(page).getByRole('listitem')).toHaveCount(2);
  await expect(tables(page).getByRole('button', { name: /^Blue table\W+1 note$/ })).toBeVisible();
  await tabTo(page, tables(page).getByRole('button', { name: /^Blue table/ }));
  await page.keyboard.press('Enter');
  await expect(currentTable(page)).toHaveAccessibleName(/^Blue table\W+1 note$/);
  await tabTo(page, canvas(page));

  // A room board for the plenary comes after the tables.
  await palette(page, 'Add room board');
  await expect(tables(page).getByRole('listitem')).toHaveCount(3);
  await expect(currentTable(page)).toHaveAccessibleName(/^Room board\W+0 notes$/);
  await page.keyboard.press('Control+z');
  await expect(tables(page).getByRole('listitem')).toHaveCount(2);

  // Side by side.
  await page.keyboard.press('Control+Alt+A');
  const sideBySide = page.getByRole('list', { name: 'All tables’ boards' });
  await expect(sideBySide.getByRole('heading')).toHaveText(['Table 1 · 0 notes', 'Blue table · 1 note']);
  await expect(page.getByRole('application', { name: 'Board: Blue table' })).toHaveAttribute('data-notes-total', '11');
  await expectNoSeriousViolations(page, 'all tables');
  await tabTo(page, sideBySide.getByRole('button', { name: 'Open Table 1’s board' }));
  await page.keyboard.press('Enter');
  await expect(currentTable(page)).toHaveAccessibleName(/^Table 1\W+0 notes$/);
  await expect(page.getByRole('tab', { name: 'Board', selected: true })).toBeVisible();

  // The agenda: plan 15 minutes, run the exercise, start and pause the timer.
  await palette(page, 'Show agenda');
  const agenda = page.getByRole('complementary', { name: 'Agenda' });
  const minutes = agenda.getByLabel(`Minutes for ${EXERCISE}`);
  await tabTo(page, minutes);
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await expect(agenda.getByText('15 minutes planned')).toBeVisible();
  await tabTo(page, agenda.getByRole('button', { name: `Run ${EXERCISE} now` }));
  await page.keyboard.press('Enter');
  await expect(agenda.getByRole('listitem').filter({ hasText: 'Running now' })).toHaveCount(1);
  const clock = page.locator('.board-facilitation').getByRole('timer');
  await expect(clock).toHaveText('15:00');
  await expectNoSeriousViolations(page, 'agenda');
  await page.keyboard.press('F8');
  await expect(clock).toHaveAttribute('data-state', 'running');
  await expect(clock).toHaveText(/^14:5\d$/, { timeout: 5000 });
  await page.keyboard.press('F8');
  await expect(clock).toHaveAttribute('data-state', 'paused');
  await expect(page.locator('.status-bar').getByRole('timer')).toHaveText(/^14:5\d$/);

  // Locking: the board refuses a new note and says how to unlock; undo unlocks.
  await palette(page, 'Lock board');
  await expect(page.getByRole('list', { name: 'Board state' })).toContainText('Locked');
  await tabTo(page, canvas(page));
  await page.keyboard.press('n');
  await expect(page.locator('.status-bar')).toContainText('is locked. Unlock it');
  await expect(canvas(page)).toHaveAttribute('data-notes-total', '10');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Board state' })).not.toContainText('Locked');
  // The header says Locked with Unlock beside it.
  await palette(page, 'Lock board');
  await expect(page.getByRole('list', { name: 'Board state' })).toContainText('Locked');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Board state' })).not.toContainText('Locked');
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toHaveCount(0);
  await tabTo(page, canvas(page));

  // Presenter mode: the board, large, with the timer and no editing chrome; it follows T.
  await page.keyboard.press('F5');
  const presenter = page.getByRole('region', { name: 'Presenter mode' });
  await expect(presenter.getByRole('heading', { name: EXERCISE })).toBeVisible();
  await expect(presenter.getByRole('timer')).toHaveText(/^14:5\d$/);
  await expect(page.getByRole('toolbar', { name: 'Board tools' })).toHaveCount(0);
  await expect(presenter.getByText('Table 1', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'presenter');
  await page.keyboard.press('t');
  await expect(presenter.getByText('Blue table', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Board tools' })).toBeVisible();

  // All of it was saved: after a reload the tables, the plan and the current exercise are there.
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  // The workbench also remembers where the facilitator was: the board's tab and the Agenda side bar come back.
  await page.reload();
  await expect(page.getByRole('tab', { name: new RegExp(EXERCISE), selected: true })).toBeVisible();
  await expect(tables(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('complementary', { name: 'Agenda' }).getByText('15 minutes planned')).toBeVisible();
  expect(offMachineRequests).toEqual([]);
});
