import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionWithExercise, EXERCISE, palette, savedSession, seriousViolations } from './steps';

// The second presenter window (Facilitate › Present in a second window): in browser mode a
// new tab of the same local server. It shows the room's view of the facilitator's board, read
// only, and follows the facilitator's window live: notes added, grouped and voted on by
// keyboard in the first tab appear in the second without a reload, its timer reads the same,
// and it moves with the facilitator to the next exercise and back.

const SECOND = 'Exercise 2: Recruiting staff to work in community settings';
const NOTES = ['Shorter journeys for patients', 'Travel between visits', 'Pool cars for rural visits'];
const GROUPED = NOTES.slice(1);

const board = (page: Page, title = EXERCISE) => page.getByRole('application', { name: `Board: ${title}` });
const said = (page: Page) => page.locator('.rt-board__sr-only[aria-live]');

/** The presented notes as a screen reader hears them (the second window's outline of its canvas). */
const heard = (presenter: Locator) =>
  presenter.getByRole('region', { name: 'Notes on the board' }).getByRole('listitem');

/** The board's next announcement after `last` (its live region is emptied and refilled a moment later). */
async function nextAnnouncement(region: Locator, last: string): Promise<string> {
  let now = '';
  await expect
    .poll(async () => {
      now = (await region.textContent()) ?? '';
      return now !== '' && now !== last;
    })
    .toBe(true);
  return now;
}

async function addNoteByKeyboard(page: Page, text: string) {
  await board(page).focus();
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(0);
}

test('a second presenter window follows the facilitator’s window live, read only, and is axe clean', async ({
  page,
  context,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await board(page).focus();

  // The command opens a new tab; the facilitator's window keeps its editing chrome.
  const [second] = await Promise.all([context.waitForEvent('page'), palette(page, 'Present in a second window')]);
  await second.setViewportSize({ width: 1366, height: 768 });
  expect(new URL(second.url()).pathname).toBe('/present.html');
  const presenter = second.getByRole('region', { name: /^Presenter window, read only/ });
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(EXERCISE);
  await expect(presenter.locator('.presenter-canvas')).toHaveAttribute('data-notes-shown', '0');
  await expect(second.getByRole('menubar')).toHaveCount(0);
  await expect(page.getByRole('menubar')).toBeVisible();
  await expect(board(page)).toBeVisible();

  // Notes typed in the first window appear in the second, drawn and heard, without a reload.
  for (const text of NOTES) await addNoteByKeyboard(page, text);
  await expect(presenter.locator('.presenter-canvas')).toHaveAttribute('data-notes-shown', `${NOTES.length}`);
  await expect(heard(presenter)).toHaveText(NOTES.map((t) => new RegExp(`^${t}`)));

  // Grouped by keyboard in the first window (Tab to each, Space keeps it, G groups): the second shows the group.
  await board(page).focus();
  await page.keyboard.press('Escape'); // Nothing selected (the note just added was), so Tab starts from the first.
  const kept = new Set<string>();
  for (let i = 0; i < 30 && kept.size < GROUPED.length; i++) {
    const last = (await said(page).textContent()) ?? '';
    await page.keyboard.press('Tab');
    const now = await nextAnnouncement(said(page), last);
    const reached = GROUPED.find((t) => now.startsWith(`Selected: ${t} `));
    if (!reached) continue;
    await page.keyboard.press('Space');
    await expect(said(page)).toContainText('Kept');
    kept.add(reached);
  }
  expect([...kept].sort()).toEqual([...GROUPED].sort());
  await page.keyboard.press('g');
  const name = page.getByRole('dialog', { name: 'Name the new group' });
  await page.keyboard.type('Getting about');
  await page.keyboard.press('Enter');
  await expect(name).toBeHidden();
  for (const text of GROUPED)
    await expect(heard(presenter).filter({ hasText: text })).toHaveText(`${text} (group: Getting about)`);
  await expect.poll(() => second.locator('.presenter-canvas').evaluate(groupsDrawn)).toBe(1);

  // A vote cast and revealed in the first window shows on the second.
  await board(page).focus();
  await page.keyboard.press('v');
  await page.getByRole('menu', { name: 'Voting' }).getByRole('menuitem', { name: 'Open voting' }).press('Enter');
  await palette(page, 'Start voting round');
  const start = page.getByRole('dialog', { name: 'Start voting round' });
  await expect(start.getByLabel('How many participants?')).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(start).toBeHidden();
  await expect(board(page)).toBeFocused();
  await page.keyboard.type('1');
  await expect(said(page)).toHaveText(/^Selected: /);
  await page.keyboard.press('d');
  await page.keyboard.press('p');
  await expect(heard(presenter).filter({ hasText: /vote/ })).toHaveCount(0);
  await palette(page, 'Reveal voting results');
  await expect(heard(presenter).filter({ hasText: /\(1 vote\)$/ })).toHaveCount(1);

  // The timer reads the same in both (started and paused in the first window with F8).
  await board(page).focus();
  await page.keyboard.press('F8');
  await expect(second.getByRole('timer')).toHaveAttribute('data-state', 'running');
  await page.keyboard.press('F8');
  await expect(second.getByRole('timer')).toHaveAttribute('data-state', 'paused');
  const firstClock = page.getByRole('timer').first();
  await expect(firstClock).toHaveAttribute('data-state', 'paused');
  await expect(second.getByRole('timer')).toHaveText((await firstClock.textContent())!);

  // Read only: keys that would edit do nothing there, and a screen reader is told why.
  await presenter.focus();
  await second.keyboard.press('n');
  await second.keyboard.press('Delete');
  await expect(second.locator('#announcer')).toHaveText(/only shows the board to the room/);
  await expect(second.getByRole('textbox')).toHaveCount(0);
  expect(
    Object.values((await savedSession(server.dataDir)).notes).filter((n) => n.kind === 'participant'),
  ).toHaveLength(NOTES.length);

  expect(await seriousViolations(second)).toEqual([]);
  await second.screenshot({ path: test.info().outputPath('presenter-window.png') });

  // It follows the facilitator's window: a new exercise's board, then Page Up in their presenter mode.
  await palette(page, 'Add exercise');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await add.getByText(SECOND, { exact: false }).first().click();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(board(page, SECOND)).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(SECOND);
  await page.keyboard.press('F5');
  const own = page.getByRole('region', { name: 'Presenter mode' });
  await expect(own).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(own.getByRole('heading', { level: 1 })).toHaveText(EXERCISE);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(EXERCISE);
  await expect(heard(presenter)).toHaveCount(NOTES.length);
  expect(offMachineRequests).toEqual([]);
});

/** How many group frames the presenter canvas draws. */
function groupsDrawn(canvas: Element): number {
  type StageNode = { container(): HTMLElement; find(s: string): unknown[] };
  const stages = (window as unknown as { Konva: { stages: StageNode[] } }).Konva.stages;
  return stages.find((s) => canvas.contains(s.container()))?.find('.presented-group').length ?? 0;
}
