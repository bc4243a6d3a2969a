import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  EXERCISE,
  createSessionByKeyboard,
  createSessionWithExercise,
  palette,
  savedSession,
  seriousViolations,
  tabTo,
} from './steps';

// Clustering (affinity mapping) on "Benefits and risks" (h2c.d2.ex1): notes grouped into
// named groups with sub-points and a quote, by keyboard alone on two tables, by dragging
// notes onto each other with the mouse, and from the offline "Suggest clusters".

const board = (page: Page) => page.getByRole('application', { name: new RegExp(`^Board: ${EXERCISE}`) });
const said = (page: Page) => page.locator('.rt-board__sr-only[aria-live]');

async function expectSaved(page: Page) {
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
}

/** The saved groups of the session as headline → note texts (sorted), sub-points and quote text. */
async function savedGroups(dataDir: string) {
  const doc = await savedSession(dataDir);
  const boardOf = (boardId: string) => doc.tables[doc.boards[boardId as never].tableId as never]?.name ?? 'room';
  return Object.values(doc.clusters)
    .map((c) => ({
      table: boardOf(c.boardId),
      headline: c.headline,
      notes: Object.values(doc.notes)
        .filter((n) => n.clusterId === c.id)
        .map((n) => n.text)
        .sort(),
      subPoints: c.subPoints,
      quote: c.quoteNoteId ? doc.notes[c.quoteNoteId].text : null,
    }))
    .sort((a, b) => `${a.table}${a.headline}`.localeCompare(`${b.table}${b.headline}`));
}

/** On the focused board: Escape, then Tab through the notes until the one starting `text` is selected. */
async function selectNote(page: Page, text: string) {
  await expect(board(page)).toBeFocused();
  await page.keyboard.press('Escape');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    await expect(said(page)).toHaveText(/^Selected: /);
    if ((await said(page).textContent())?.startsWith(`Selected: ${text}`)) return;
  }
  throw new Error(`No note "${text}" on the board`);
}

/** In a dialog's radio group, arrow down until the checked radio's label starts with `label`. */
async function checkRadio(page: Page, dialog: Locator, label: string) {
  for (let i = 0; i < 20; i++) {
    const checked = await dialog
      .getByRole('radio', { checked: true })
      .evaluate((el) => el.closest('label')?.textContent ?? '');
    if (checked.startsWith(label)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No choice "${label}"`);
}

/**
 * Groups notes with the keyboard: G on the first makes a new group and names it; G on each
 * other picks that group from the list; then Edit group adds sub-points and chooses the quote.
 */
async function groupByKeyboard(
  page: Page,
  headline: string,
  texts: string[],
  quote: string,
  subPoints: string[],
  checkA11y = false,
) {
  const [first, ...rest] = texts;
  await selectNote(page, first);
  await page.keyboard.press('g');
  const join = page.getByRole('dialog', { name: 'Group note' });
  await expect(join.getByRole('radio', { name: 'A new group' })).toBeFocused();
  await page.keyboard.press('Enter');
  const name = page.getByRole('dialog', { name: 'Name the new group' });
  await expect(name.getByLabel('Headline')).toBeFocused();
  await expect(name.getByLabel('Headline')).toHaveValue('Untitled group');
  await page.keyboard.type(headline);
  await page.keyboard.press('Enter');
  await expect(name).toBeHidden();
  await expect(board(page)).toBeFocused();
  for (const text of rest) {
    await selectNote(page, text);
    await page.keyboard.press('g');
    if (checkA11y) expect(await seriousViolations(page)).toEqual([]);
    await checkRadio(page, join, headline);
    await page.keyboard.press('Enter');
    await expect(join).toBeHidden();
    await expect(board(page)).toBeFocused();
  }
  // The whole group selected, Enter opens it: sub-points and the quote.
  await palette(page, 'Select group notes');
  await expect(said(page)).toHaveText(`Group “${headline}” selected: ${texts.length} notes. Arrow keys move it.`);
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit group' });
  await expect(edit.getByLabel('Headline')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(subPoints.join('\n'));
  await page.keyboard.press('Tab');
  await checkRadio(page, edit, quote);
  if (checkA11y) expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();
  await expect(board(page)).toBeFocused();
}

async function addNotesByKeyboard(page: Page, texts: string[]) {
  await expect(board(page)).toBeFocused();
  for (const text of texts) {
    await page.keyboard.press('n');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
}

const TABLE_1 = [
  'Travel time between patient homes',
  'Mileage costs are not covered',
  'Rural travel distances',
  'Shared records across teams',
  'IT systems do not share records',
];
const TABLE_2 = [
  'Not enough community nurses',
  'Staff shortages in district nursing',
  'Patients recover better at home',
  'Care closer to home for older people',
];

test('two tables cluster their notes into named groups with a quote, by keyboard alone', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await createSessionByKeyboard(page);
  await tabTo(page, board(page));
  await addNotesByKeyboard(page, TABLE_1);
  await groupByKeyboard(
    page,
    'Travel',
    TABLE_1.slice(0, 3),
    'Rural travel',
    ['Hours lost on the road', 'Mileage not paid'],
    true,
  );
  await groupByKeyboard(page, 'Records', TABLE_1.slice(3), 'IT systems', ['No shared record']);
  await expect(board(page)).toHaveAttribute('data-groups-drawn', '2');

  // Shift+G ungroups the selected note's group; Ctrl+Z brings it back whole.
  await selectNote(page, 'Shared records');
  await page.keyboard.press('Shift+G');
  await expect(said(page)).toHaveText('Ungrouped “Records”. The notes stay where they are.');
  await expect(board(page)).toHaveAttribute('data-groups-drawn', '1');
  await page.keyboard.press('Control+z');
  await expect(board(page)).toHaveAttribute('data-groups-drawn', '2');
  await selectNote(page, 'Shared records');

  // The whole group moves with the arrow keys, as one undo step per press.
  await expectSaved(page);
  const before = await savedSession(server.dataDir);
  await palette(page, 'Select group notes');
  // What the user is told once the group is selected; pressing on before it can move the old selection.
  await expect(said(page)).toHaveText(/Group “Records” selected: 2 notes/);
  await page.keyboard.press('ArrowRight');
  await expectSaved(page);
  const after = await savedSession(server.dataDir);
  const records = Object.values(before.notes).filter(
    (n) => n.clusterId && before.clusters[n.clusterId].headline === 'Records',
  );
  expect(records.map((n) => after.notes[n.id].x - n.x)).toEqual([10, 10]);
  await page.keyboard.press('Control+z');

  // A second table, added from the palette, clusters its own notes on its own board.
  await palette(page, 'Add table');
  const addTable = page.getByRole('dialog', { name: 'Add table' });
  await expect(addTable.getByLabel(/Table name/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(addTable).toBeHidden();
  await expect(page.getByRole('heading', { name: /Table 2/ })).toBeVisible();
  await tabTo(page, board(page));
  await addNotesByKeyboard(page, TABLE_2);
  await groupByKeyboard(page, 'Staffing', TABLE_2.slice(0, 2), 'Staff shortages', ['Vacancies']);
  await groupByKeyboard(page, 'Care at home', TABLE_2.slice(2), 'Patients recover', ['Recovery', 'Closer to family']);

  await expectSaved(page);
  const expected = [
    {
      table: 'Table 1',
      headline: 'Records',
      notes: TABLE_1.slice(3).sort(),
      subPoints: ['No shared record'],
      quote: TABLE_1[4],
    },
    {
      table: 'Table 1',
      headline: 'Travel',
      notes: TABLE_1.slice(0, 3).sort(),
      subPoints: ['Hours lost on the road', 'Mileage not paid'],
      quote: TABLE_1[2],
    },
    {
      table: 'Table 2',
      headline: 'Care at home',
      notes: TABLE_2.slice(2).sort(),
      subPoints: ['Recovery', 'Closer to family'],
      quote: TABLE_2[2],
    },
    {
      table: 'Table 2',
      headline: 'Staffing',
      notes: TABLE_2.slice(0, 2).sort(),
      subPoints: ['Vacancies'],
      quote: TABLE_2[1],
    },
  ];
  expect(await savedGroups(server.dataDir)).toEqual(expected);
  expect(await seriousViolations(page)).toEqual([]);

  // The list view shows each group under its zone: headline, count, sub-points and quote.
  await page.keyboard.press('Control+Alt+L');
  const care = page.getByRole('region', { name: 'Group: Care at home' });
  await expect(care).toContainText('2 notes');
  await expect(care.getByRole('list', { name: 'Sub-points' })).toHaveText(/Recovery\s*Closer to family/);
  await expect(care).toContainText('Quote: “Patients recover better at home”');
  await expect(care.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);

  // In the list: take a note out of its group with the keyboard, then undo and redo it.
  await tabTo(page, care.getByRole('button', { name: 'Change group' }).first());
  await page.keyboard.press('Enter');
  const join = page.getByRole('dialog', { name: 'Group note' });
  await checkRadio(page, join, 'No group');
  await page.keyboard.press('Enter');
  await expect(care.getByRole('textbox', { name: 'Note text' })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(care.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(care.getByRole('textbox', { name: 'Note text' })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(care.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  // Ungroup from the list, and undo brings the group back with its headline and quote.
  await tabTo(page, care.getByRole('button', { name: 'Ungroup' }));
  await page.keyboard.press('Enter');
  await expect(care).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(care).toContainText('Quote: “Patients recover better at home”');

  // After a reload it is all still there, board and list.
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('treeitem', { name: /Leeds community event/ })).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('treeitem', { name: /Leeds community event/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(board(page)).toHaveAttribute('data-groups-drawn', '2');
  expect(await savedGroups(server.dataDir)).toEqual(expected);
  await page.keyboard.press('Control+Alt+L');
  await expect(page.getByRole('region', { name: /^Group: / })).toHaveCount(2);
  expect(offMachineRequests).toEqual([]);
});

/** The board's zoom as the status bar shows it, e.g. 0.48 for "Zoom 48%". */
async function zoomOf(page: Page): Promise<number> {
  return Number((await page.getByText(/^Zoom \d+%$/).textContent())!.match(/\d+/)![0]) / 100;
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
}

test('with the mouse: dragging a note onto another groups them, a group moves by its label, and the list shows it', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  const box = (await board(page).boundingBox())!;
  // Notes added by double-clicking down the empty Mitigations column, each centred where it was clicked.
  const texts = [
    'Buddy system for lone visits',
    'Check-in calls after dark',
    'Shared lone-working app',
    'Mileage paid monthly',
    'Pool cars for rural visits',
  ];
  const spots = texts.map((_, i) => ({ x: box.x + box.width * 0.78, y: box.y + box.height * (0.25 + 0.13 * i) }));
  for (const [i, text] of texts.entries()) {
    await page.mouse.dblclick(spots[i].x, spots[i].y);
    await page.getByRole('textbox', { name: 'Note text' }).fill(text);
    await page.keyboard.press('Enter');
  }

  // Drop the second note onto the first: a new group, named straight away.
  await drag(page, spots[1], spots[0]);
  const name = page.getByRole('dialog', { name: 'Name the new group' });
  await name.getByLabel('Headline').fill('Lone working');
  await name.getByRole('button', { name: 'Name group' }).click();
  await expect(name).toBeHidden();
  // Dropped onto a grouped note, the third joins that group.
  await drag(page, spots[2], spots[0]);
  await expect(said(page)).toHaveText('1 note added to group “Lone working”, now 3 notes.');
  await drag(page, spots[4], spots[3]);
  await name.getByLabel('Headline').fill('Travel costs');
  await name.getByRole('button', { name: 'Name group' }).click();
  await expect(board(page)).toHaveAttribute('data-groups-drawn', '2');
  expect(await seriousViolations(page)).toEqual([]);

  // Undo takes the last group back (move and grouping together); redo makes it again.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(board(page)).toHaveAttribute('data-groups-drawn', '1');
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(board(page)).toHaveAttribute('data-groups-drawn', '2');

  // A press on a group's label picks up all its notes: the drag moves them together, one undo step.
  await expectSaved(page);
  const before = await savedSession(server.dataDir);
  const zoom = await zoomOf(page);
  const label = { x: spots[0].x, y: spots[0].y - 55 * zoom - 28 * zoom };
  await drag(page, label, { x: label.x + 120, y: label.y });
  await expect(said(page)).toHaveText(/^3 notes moved/);
  await expectSaved(page);
  const after = await savedSession(server.dataDir);
  const lone = Object.values(before.notes).filter(
    (n) => n.clusterId && before.clusters[n.clusterId].headline === 'Lone working',
  );
  const shifts = new Set(lone.map((n) => Math.round(after.notes[n.id].x - n.x)));
  expect(shifts.size).toBe(1);
  expect([...shifts][0]).toBeGreaterThan(100);

  // The list view: choose the quote with the mouse.
  await page.getByRole('tab', { name: 'List' }).click();
  const group = page.getByRole('region', { name: 'Group: Lone working' });
  await expect(group).toContainText('3 notes');
  await group.getByRole('button', { name: 'Edit group' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit group' });
  await edit.getByRole('radio', { name: 'Check-in calls after dark' }).click();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(group).toContainText('Quote: “Check-in calls after dark”');
  await expectSaved(page);
  expect(await savedGroups(server.dataDir)).toEqual([
    { table: 'Table 1', headline: 'Lone working', notes: texts.slice(0, 3).sort(), subPoints: [], quote: texts[1] },
    { table: 'Table 1', headline: 'Travel costs', notes: texts.slice(3).sort(), subPoints: [], quote: null },
  ]);
  expect(offMachineRequests).toEqual([]);
});

test('Suggest clusters proposes groups from shared words; by keyboard, one accepted with its headline edited, one dismissed', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await page.getByRole('tab', { name: 'List' }).click();
  const notes = [
    'Travel time between patient homes',
    'Mileage and travel costs for home visits',
    'Long travel time to rural visits',
    'Records are not shared across teams',
    'IT systems do not share records',
    'Lone working after dark',
  ];
  for (const text of notes) {
    await page.getByRole('textbox', { name: 'New note' }).fill(text);
    await page.getByRole('textbox', { name: 'New note' }).press('Control+Enter');
  }
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(notes.length);

  await palette(page, 'Suggest clusters');
  const dialog = page.getByRole('dialog', { name: 'Suggested groups' });
  await expect(dialog).toContainText('2 groups found among 6 notes in no group');
  const first = dialog.getByRole('listitem', { name: /^Suggestion 1/ });
  // The notes are listed by id, which is random: compare them as a set.
  expect(
    (await first.getByRole('list', { name: 'Notes in suggestion 1' }).getByRole('listitem').allInnerTexts()).sort(),
  ).toEqual(notes.slice(0, 3).sort());
  await expect(first.getByLabel('Headline')).toHaveValue(/^Travel/);
  expect(await seriousViolations(page)).toEqual([]);
  // By keyboard: the first headline has focus; edit it, Tab past Dismiss to Accept; then dismiss the next.
  await expect(first.getByLabel('Headline')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Travel');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Accept suggestion 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  const next = dialog.getByRole('listitem', { name: /^Suggestion 1/ });
  await expect(next.getByLabel('Headline')).toBeFocused();
  await expect(next.getByLabel('Headline')).toHaveValue(/records/i);
  await page.keyboard.press('Tab');
  await expect(next.getByRole('button', { name: 'Dismiss suggestion 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Every suggestion has been accepted or dismissed.');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const group = page.getByRole('region', { name: 'Group: Travel' });
  await expect(group).toContainText('3 notes');
  await expect(page.getByRole('region', { name: /^Group: / })).toHaveCount(1);
  await expectSaved(page);
  expect(await savedGroups(server.dataDir)).toEqual([
    { table: 'Table 1', headline: 'Travel', notes: notes.slice(0, 3).sort(), subPoints: [], quote: null },
  ]);
  // Accepting was one step: undo (from outside the text fields, whose Ctrl+Z is their own) removes the group, leaving the notes.
  await tabTo(page, page.getByRole('button', { name: 'Add', exact: true }));
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: /^Group: / })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(notes.length);
  expect(offMachineRequests).toEqual([]);
});
