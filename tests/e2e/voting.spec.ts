import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionByKeyboard } from './steps';

// AI risk voting (a2d.dg2.ex2b) on one laptop at a table, done with the keyboard alone:
// three participants take turns casting dots and rating each AI use case while the results
// stay hidden; the facilitator reveals them, hides them again, undoes a reveal, and types in
// a show of hands. Nothing here uses the mouse.

const EXERCISE = 'Exercise 2b: Artificial intelligence';
const NOTES = { a: 'Staff lose clinical skills', b: 'Nobody accountable for errors', c: 'Patients distrust a chatbot' };
const USE_CASES = [
  'AI reading of scans and tests',
  'AI health care assistant',
  'AI assisted clinician decision making',
];

const board = (page: Page) => page.getByRole('application', { name: /^Board: Exercise 2b/ });
const roundBar = (page: Page) => page.getByRole('region', { name: 'Voting round' });

/** Presses Tab (or Shift+Tab) until focus is on or in `target`, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, backwards = false, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el.contains(document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Runs a command from the palette by typing its title. */
async function palette(page: Page, title: string) {
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox')).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

/** On the focused board: clears the selection, then Tab through the notes until the one with `text` is selected. */
async function selectNote(page: Page, text: string) {
  await expect(board(page)).toBeFocused();
  await page.keyboard.press('Escape');
  const said = page.locator('.rt-board__sr-only[aria-live]');
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    // The board says what is selected a moment after the key (see useAnnouncer).
    await expect(said).toHaveText(/^Selected: /);
    if ((await said.textContent())?.startsWith(`Selected: ${text}`)) return;
  }
  throw new Error(`No note "${text}" on the board`);
}

/** From anywhere in the round bar or on the board, back to the board with nothing selected. */
async function toBoard(page: Page) {
  await tabTo(page, board(page));
}

/** Rates the three use cases with digit keys, starting with focus in the first rating group. */
async function rateUseCases(page: Page, values: number[]) {
  for (let i = 0; i < values.length; i++) {
    const group = roundBar(page).getByRole('group', { name: USE_CASES[i] });
    await tabTo(page, group);
    await page.keyboard.press(String(values[i]));
    await expect(group.getByRole('radio', { name: String(values[i]) })).toBeChecked();
  }
}

/** Hands over to the next participant, who starts at the first rating (or, after the last, the round ends). */
async function nextParticipant(page: Page) {
  await page.keyboard.press('Escape');
  const button = roundBar(page).getByRole('button', { name: /Next participant|Finish round/ });
  await tabTo(page, button, true);
  const finishing = (await button.textContent())?.startsWith('Finish round');
  await page.keyboard.press('Enter');
  if (finishing) await expect(roundBar(page)).toBeHidden();
  else await expect(roundBar(page).getByRole('group', { name: USE_CASES[0] }).getByRole('radio').first()).toBeFocused();
}

async function dot(page: Page, text: string, key = 'd') {
  await selectNote(page, text);
  await page.keyboard.press(key);
}

async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** The cells of the results table row headed `name`, as text. */
async function rowCells(scope: Locator, name: string): Promise<string[]> {
  const row = scope.getByRole('row').filter({ has: scope.page().getByRole('rowheader', { name, exact: true }) });
  return row.getByRole('cell').allInnerTexts();
}

test('three participants vote on AI risks and rate each use case, hidden until revealed, by keyboard alone', async ({
  page,
  server,
  offMachineRequests,
}) => {
  // About 55 s of keys on a quiet machine: the default 60 s ran out on a busier one, mid-step.
  test.setTimeout(180_000);
  await page.goto(server.url);
  await createSessionByKeyboard(page, EXERCISE);
  await toBoard(page);
  for (const text of Object.values(NOTES)) {
    await page.keyboard.press('n');
    // Typed before the note's editor has focus, the letters would be board keys.
    await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(board(page)).toBeFocused();
  }

  // V opens the Voting menu with the first step it can take, Open voting, focused.
  await page.keyboard.press('v');
  const menu = page.getByRole('menu', { name: 'Voting' });
  await expect(menu.getByRole('menuitem', { name: 'Open voting' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Voting open — results hidden' })).toBeVisible();
  await expect(board(page)).toBeFocused();

  await palette(page, 'Start voting round');
  const start = page.getByRole('dialog', { name: 'Start voting round' });
  await expect(start.getByLabel('How many participants?')).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(start).toBeHidden();
  await expect(roundBar(page)).toContainText('Participant 1 of 3 — 3 dots left');
  expect(await seriousViolations(page)).toEqual([]);

  // Participant 1 starts at the ratings, then on the board: three dots on A, the limit; a fourth is refused, the reason shown.
  await rateUseCases(page, [5, 4, 3]);
  await toBoard(page);
  await dot(page, NOTES.a);
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect(roundBar(page)).toContainText('0 dots left');
  await page.keyboard.press('d');
  await expect(roundBar(page)).toContainText('Participant 1 has used all 3 dots.');
  await nextParticipant(page);

  // Participant 2 starts at the ratings and sees none of participant 1's.
  await expect(roundBar(page)).toContainText('Participant 2 of 3 — 3 dots left');
  await expect(roundBar(page).getByRole('radio', { checked: true })).toHaveCount(0);
  await rateUseCases(page, [4, 4, 1]);
  await toBoard(page);
  await dot(page, NOTES.a);
  await dot(page, NOTES.c);
  await page.keyboard.press('Shift+D');
  await expect(roundBar(page)).toContainText('Dot taken back');
  await dot(page, NOTES.b);
  await page.keyboard.press('d');
  await nextParticipant(page);

  // Participant 3: cannot take back a dot they never gave.
  await expect(roundBar(page)).toContainText('Participant 3 of 3 — 3 dots left');
  await rateUseCases(page, [2, 5, 3]);
  await toBoard(page);
  await dot(page, NOTES.a, 'Shift+D');
  await expect(roundBar(page)).toContainText('Participant 3 has no dot on this note.');
  await dot(page, NOTES.b);
  await dot(page, NOTES.c);
  await nextParticipant(page);
  await expect(roundBar(page)).toBeHidden();

  // Hidden: no counts anywhere — header, results panel, list view, accessible names.
  await palette(page, 'Show voting results');
  const results = page.getByRole('dialog', { name: 'Voting results' });
  await expect(results).toContainText('Results hidden until the facilitator reveals them.');
  await expect(results.getByRole('table')).toHaveCount(0);
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await page.keyboard.press('Control+Alt+L');
  const list = page.locator('.list-voting');
  await expect(list).toContainText('Results hidden until the facilitator reveals them.');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(/Mean|Dots\b/);
  await expect(board(page)).toHaveCount(0);
  await page.keyboard.press('Control+Alt+B');
  await expect(board(page)).toHaveAccessibleName(/^Board: Exercise 2b[^0-9]*$/);

  // The facilitator reveals: the counts are right.
  await palette(page, 'Reveal voting results');
  await expect(page.getByRole('status').filter({ hasText: 'Voting results revealed' })).toBeVisible();
  await palette(page, 'Show voting results');
  await expect(results.getByRole('table')).toHaveCount(2);
  await expect.poll(() => rowCells(results, NOTES.a)).toEqual([expect.any(String), '4']);
  await expect.poll(() => rowCells(results, NOTES.b)).toEqual([expect.any(String), '3']);
  await expect.poll(() => rowCells(results, NOTES.c)).toEqual([expect.any(String), '1']);
  // Rated 1..5, how many rated, mean.
  await expect.poll(() => rowCells(results, USE_CASES[0])).toEqual(['0', '1', '0', '1', '1', '3', '3.7']);
  await expect.poll(() => rowCells(results, USE_CASES[1])).toEqual(['0', '0', '0', '2', '1', '3', '4.3']);
  await expect.poll(() => rowCells(results, USE_CASES[2])).toEqual(['1', '0', '2', '0', '0', '3', '2.3']);
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();

  // The list view shows the votes per note too, once revealed.
  await page.keyboard.press('Control+Alt+L');
  await expect.poll(() => rowCells(list, NOTES.a)).toEqual([expect.any(String), '4']);
  expect(await seriousViolations(page, '.list-voting')).toEqual([]);
  await page.keyboard.press('Control+Alt+B');

  // Hiding the results again (un-reveal), then undoing a reveal, hides every count.
  await palette(page, 'Hide voting results');
  await expect(page.getByRole('status').filter({ hasText: 'Voting open — results hidden' })).toBeVisible();
  await palette(page, 'Show voting results');
  // Wait for the dialog the user sees (its "hidden" message) before Escape, or Escape can land while it is still opening.
  await expect(results.getByRole('status')).toHaveText(/Results hidden until the facilitator reveals them/);
  await expect(results.getByRole('table')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await palette(page, 'Reveal voting results');
  await expect(page.getByRole('status').filter({ hasText: 'Voting results revealed' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Voting open — results hidden' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status').filter({ hasText: 'Voting results revealed' })).toBeVisible();

  // Tally mode: a show of hands adds 2 dots to C and one more rating of 1 for scans.
  await palette(page, 'Type in vote counts');
  const tally = page.getByRole('dialog', { name: 'Type in vote counts' });
  await expect(tally).toBeVisible();
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await tabTo(page, tally.getByLabel(NOTES.c, { exact: true }));
  await page.keyboard.type('2');
  await tabTo(page, tally.getByRole('group', { name: new RegExp(USE_CASES[0]) }).getByLabel('Rated 1'));
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(tally).toBeHidden();
  await palette(page, 'Show voting results');
  await expect.poll(() => rowCells(results, NOTES.c)).toEqual([expect.any(String), '3']);
  await expect.poll(() => rowCells(results, USE_CASES[0])).toEqual(['1', '1', '0', '1', '1', '4', '3.0']);
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();

  // Typed counts can be edited later: typing again replaces them rather than adding.
  await palette(page, 'Type in vote counts');
  await tabTo(page, tally.getByLabel(NOTES.c, { exact: true }));
  await expect(tally.getByLabel(NOTES.c, { exact: true })).toHaveValue('2');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await palette(page, 'Show voting results');
  await expect.poll(() => rowCells(results, NOTES.c)).toEqual([expect.any(String), '6']);
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  expect(offMachineRequests).toEqual([]);
});

test('a stance round asks each participant before the discussion, then a second round after, by keyboard alone', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createSessionByKeyboard(page, 'Cross cutting group 2');
  await palette(page, 'Open voting');
  // The palette runs its command once it has closed; the next palette lists what can run then.
  await expect(page.getByRole('status').filter({ hasText: 'Voting open — results hidden' })).toBeVisible();
  await palette(page, 'Start voting round');
  const start = page.getByRole('dialog', { name: 'Start voting round' });
  await expect(start.getByLabel('How many participants?')).toBeFocused();
  await expect(start.getByRole('radio', { name: 'Before the discussion' })).toBeChecked();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');

  const stance = roundBar(page).getByRole('group', { name: 'Your stance before the discussion' });
  await expect(stance.getByRole('radio', { name: 'Yes' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(stance.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await tabTo(page, roundBar(page).getByRole('button', { name: 'Next participant' }));
  await page.keyboard.press('Enter');
  await expect(roundBar(page)).toContainText('Participant 2 of 2');
  await expect(stance.getByRole('radio', { name: 'Yes' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(stance.getByRole('radio', { name: 'It depends' })).toBeChecked();
  await tabTo(page, roundBar(page).getByRole('button', { name: 'Finish round' }));
  await page.keyboard.press('Enter');
  await expect(roundBar(page)).toBeHidden();

  // The next round asks after the discussion, and numbers its participant on from the first round.
  await palette(page, 'Start voting round');
  await expect(start.getByRole('radio', { name: 'After the discussion' })).toBeChecked();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(roundBar(page)).toContainText('Participant 3 (1 of 1)');
  const after = roundBar(page).getByRole('group', { name: 'Your stance after the discussion' });
  await expect(after.getByRole('radio', { name: 'Yes' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(after.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await tabTo(page, roundBar(page).getByRole('button', { name: 'Finish round' }));
  await page.keyboard.press('Enter');

  await palette(page, 'Reveal voting results');
  await expect(page.getByRole('status').filter({ hasText: 'Voting results revealed' })).toBeVisible();
  await palette(page, 'Show voting results');
  const results = page.getByRole('dialog', { name: 'Voting results' });
  await expect.poll(() => rowCells(results, 'Yes')).toEqual(['1', '0']);
  await expect.poll(() => rowCells(results, 'It depends')).toEqual(['1', '0']);
  await expect.poll(() => rowCells(results, 'No')).toEqual(['0', '1']);
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
});
