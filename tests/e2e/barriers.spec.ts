import type { Page } from '@playwright/test';
import type { SessionDocument } from '../../shared/document/schema';
import { expect, test } from './fixtures';
import { createSessionByKeyboard, palette, savedSession, seriousViolations, tabTo } from './steps';

// Barrier mapping on h2c.d1.ex1 ("what currently stops certain roles..."), keyboard alone:
// barriers typed into two of its obstacle categories and enablers into "What would help",
// two links (L, Tab to the enabler, Enter), severities (Alt+4, Alt+2), quote and details,
// checked on the board, in the saved file and in the list view, with undo.

const EXERCISE = 'what currently stops certain roles';
const board = (page: Page) => page.getByRole('application', { name: /^Board: Exercise 1: In your experience/ });
const said = (page: Page) => page.locator('.rt-board__sr-only[aria-live]');

async function saved(page: Page, dataDir: string): Promise<SessionDocument> {
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  return savedSession(dataDir);
}

/** Tab through the board's notes until the one starting with `text` is selected (Escape first clears the selection). */
async function selectNote(page: Page, text: string, clearFirst = true) {
  await expect(board(page)).toBeFocused();
  if (clearFirst) await page.keyboard.press('Escape');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    await expect(said(page)).toHaveText(/^Selected: /);
    if ((await said(page).textContent())?.startsWith(`Selected: ${text}`)) return;
  }
  throw new Error(`No note "${text}" on the board`);
}

/** Links the note starting `from` to the one starting `to`: L, Tab to the target, Enter. */
async function linkByKeyboard(page: Page, from: string, to: string) {
  await selectNote(page, from);
  await page.keyboard.press('l');
  await expect(said(page)).toHaveText(/^Linking from “/);
  await selectNote(page, to, false);
  await page.keyboard.press('Enter');
  await expect(said(page)).toHaveText(new RegExp(`^Linked “${from}.*” to “${to}`));
}

const texts = (doc: SessionDocument) => (id: string) => doc.notes[id as never].text;

test('barrier mapping with two links and severities, by keyboard alone', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(150_000);
  await page.goto(server.url);
  await createSessionByKeyboard(page, EXERCISE);
  await tabTo(page, board(page));

  // Transcription mode puts each note in the zone shown: barriers in two categories, enablers in "What would help".
  await palette(page, 'Transcription mode');
  const transcribe = page.getByRole('dialog', { name: 'Transcription mode' });
  await expect(transcribe.getByLabel('Note text')).toBeFocused();
  const zone = transcribe.locator('.transcribe-zone strong');
  const goTo = async (label: string) => {
    for (let i = 0; i < 10 && (await zone.textContent()) !== label; i++) await page.keyboard.press('Control+ArrowDown');
    await expect(zone).toHaveText(label);
  };
  await goTo('Structural/System Barriers');
  await page.keyboard.type('No backfill for training');
  await page.keyboard.press('Enter');
  await goTo('Practical/Skills Barriers');
  await page.keyboard.type('No time to learn new skills');
  await page.keyboard.press('Enter');
  await goTo('What would help: enablers and mitigations');
  await page.keyboard.type('Fund backfill posts');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Protected learning time');
  await page.keyboard.press('Enter');
  await expect(transcribe).toContainText('4 notes typed');
  await page.keyboard.press('Escape');
  await expect(transcribe).toBeHidden();
  await tabTo(page, board(page));

  await linkByKeyboard(page, 'No backfill', 'Fund backfill');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '1');
  expect(await seriousViolations(page)).toEqual([]);
  await linkByKeyboard(page, 'No time to learn', 'Protected learning');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '2');

  // Escape while choosing cancels: no third link.
  await selectNote(page, 'Fund backfill');
  await page.keyboard.press('l');
  await page.keyboard.press('Escape');
  await expect(said(page)).toHaveText('Linking cancelled.');

  await selectNote(page, 'No backfill');
  await page.keyboard.press('Alt+4');
  await expect(said(page)).toHaveText('Note: severity 4 of 5.');
  await page.keyboard.press('q');
  await expect(said(page)).toHaveText('Note marked as a quote.');
  await selectNote(page, 'No time to learn');
  await page.keyboard.press('Alt+2');

  // I: "Note details", type-ahead in each list, Enter saves.
  await page.keyboard.press('i');
  const details = page.getByRole('dialog', { name: 'Note details' });
  await expect(details.getByLabel('Staff group')).toBeFocused();
  await page.keyboard.type('nu');
  await page.keyboard.press('Tab');
  await page.keyboard.type('amb');
  await expect(details.getByLabel('Sector')).toHaveValue('ambulance');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(details).toBeHidden();
  await expect(board(page)).toBeFocused();

  let doc = await saved(page, server.dataDir);
  const byText = (t: string) => Object.values(doc.notes).find((n) => n.text === t)!;
  expect(byText('No backfill for training')).toMatchObject({ severity: 4, isQuote: true });
  expect(byText('No time to learn new skills')).toMatchObject({
    severity: 2,
    staffGroup: 'nurse',
    sector: 'ambulance',
  });
  expect(doc.zones[byText('No backfill for training').zoneId!].label).toBe('Structural/System Barriers');
  expect(doc.zones[byText('Fund backfill posts').zoneId!].label).toBe('What would help: enablers and mitigations');
  const name = texts(doc);
  expect(
    Object.values(doc.links)
      .map((l) => `${name(l.fromNoteId)} → ${name(l.toNoteId)}`)
      .sort(),
  ).toEqual([
    'No backfill for training → Fund backfill posts',
    'No time to learn new skills → Protected learning time',
  ]);

  // Undo takes back the details, then the severity; redo puts both back.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  doc = await saved(page, server.dataDir);
  expect(byText('No time to learn new skills')).toMatchObject({ severity: null, staffGroup: null });
  await page.keyboard.press('Control+Shift+Z');
  await page.keyboard.press('Control+Shift+Z');
  doc = await saved(page, server.dataDir);
  expect(byText('No time to learn new skills')).toMatchObject({ severity: 2, staffGroup: 'nurse' });

  // The list view: each note's links both ways, its severity and details, all changeable there.
  await page.keyboard.press('Control+Alt+L');
  const list = page.locator('.list-view');
  await expect(list).toContainText('answers → “Fund backfill posts”');
  await expect(list).toContainText('answered by “No backfill for training”');
  const remove = page.getByRole('button', { name: 'Remove link to “Protected learning time”' });
  await tabTo(page, remove, 200);
  await page.keyboard.press('Enter');
  await expect(list).not.toContainText('answers → “Protected learning time”');
  expect(Object.keys((await saved(page, server.dataDir)).links)).toHaveLength(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(list).toContainText('answers → “Protected learning time”');

  await page.keyboard.press('Control+Alt+B');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '2');
  await page.screenshot({ path: '/tmp/shots-c/links-light.png' });
  expect(offMachineRequests).toEqual([]);
});

/** The note's rectangle on screen: Enter opens its in-place editor over it (Escape closes it unchanged). */
async function noteBox(page: Page, text: string) {
  await selectNote(page, text);
  await page.keyboard.press('Enter');
  const editor = page.locator('.rt-board textarea');
  const box = (await editor.boundingBox())!;
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('Alt+drag from a barrier to an enabler links them; the palette removes the link', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionByKeyboard(page, EXERCISE);
  await tabTo(page, board(page));
  await palette(page, 'Transcription mode');
  await expect(page.getByRole('dialog', { name: 'Transcription mode' }).getByLabel('Note text')).toBeFocused();
  await page.keyboard.type('Barrier');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.type('Enabler');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await tabTo(page, board(page));
  const from = await noteBox(page, 'Barrier');
  const to = await noteBox(page, 'Enabler');

  // Dropped on empty board, it links nothing; dropped on the other note, it links them.
  await page.keyboard.down('Alt');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const canvas = (await board(page).boundingBox())!;
  await page.mouse.move(canvas.x + 8, canvas.y + 8, { steps: 5 });
  await page.mouse.up();
  await expect(said(page)).toHaveText(/^Linking cancelled/);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Alt');
  await expect(said(page)).toHaveText('Linked “Barrier” to “Enabler”. Undo takes it back.');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '1');
  const doc = await saved(page, server.dataDir);
  const link = Object.values(doc.links)[0];
  expect([doc.notes[link.fromNoteId].text, doc.notes[link.toNoteId].text]).toEqual(['Barrier', 'Enabler']);

  // Deleting a note takes its links along; undo brings both back.
  await selectNote(page, 'Enabler');
  await palette(page, 'Remove link');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '0');
  await page.keyboard.press('Control+z');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '1');
  await selectNote(page, 'Enabler');
  await page.keyboard.press('Delete');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '0');
  await page.keyboard.press('Control+z');
  await expect(board(page)).toHaveAttribute('data-links-drawn', '1');
});
