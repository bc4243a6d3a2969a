import { expect, test } from './fixtures';
import { createSessionByKeyboard, EXERCISE } from './steps';

test('with the keyboard alone: Page Down jumps zone by zone, Space keeps notes selected while Tab moves on, and G groups them', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createSessionByKeyboard(page, EXERCISE);
  const board = page.getByRole('application', { name: `Board: ${EXERCISE}` });
  const said = page.locator('.rt-board [aria-live="polite"]');
  for (let i = 0; i < 40 && !(await board.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(board).toBeFocused();
  for (const text of ['Fewer hospital admissions', 'Longer travel between visits', 'Patients recover better at home']) {
    await page.keyboard.press('n');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');

  // Page Down reaches a zone's first note; Tab goes note by note.
  await page.keyboard.press('PageDown');
  await expect(said).toContainText('Increased autonomy');
  await page.keyboard.press('PageDown');
  await expect(said).toContainText('Professional isolation');
  // From nothing selected, Tab meets the table's own notes first, before any reference card:
  // one Tab to the first note, Space keeps it, one more Tab to the next, Space keeps another.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(said).toContainText('Patients recover better at home');
  await page.keyboard.press('Space');
  await expect(said).toContainText('Kept. 1 note selected');
  await page.keyboard.press('Tab');
  await expect(said).toContainText('Fewer hospital admissions');
  await expect(said).toContainText('2 notes selected');
  await page.keyboard.press('Space');
  await expect(said).toContainText('Kept. 2 notes selected');
  await page.keyboard.press('g');
  const name = page.getByRole('dialog', { name: 'Name the new group' });
  await expect(name).toBeVisible();
  await page.keyboard.type('Care closer to home');
  await page.keyboard.press('Enter');
  await expect(name).toBeHidden();
  await expect(board).toHaveAttribute('data-groups-drawn', '1');
  await page.keyboard.press('Control+Alt+L');
  const group = page.getByRole('region', { name: /^Group: Care closer to home/ });
  await expect(group).toContainText('Fewer hospital admissions');
  await expect(group).toContainText('Patients recover better at home');
  await expect(group).toContainText('2 notes');
});
