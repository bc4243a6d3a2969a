import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionByKeyboard, palette, savedSession, seriousViolations, tabTo } from './steps';

// The paper bridge, keyboard alone: typing a table's paper notes in transcription mode
// (two zones, staff group and sector that stick, quote and source keys, undo), then
// printing the board as A4 and A3 sheets, with and without the table's notes.

const board = (page: Page) => page.getByRole('application', { name: /^Board: Exercise 1: Benefits and risks/ });

/** The page sizes, in points, of a PDF Chromium wrote (its MediaBox entries are plain text). */
function pageSizes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

test('transcribe paper notes into two zones with their details, by keyboard alone', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await createSessionByKeyboard(page);
  await tabTo(page, board(page));
  await palette(page, 'Transcription mode');
  const dialog = page.getByRole('dialog', { name: 'Transcription mode' });
  const text = dialog.getByLabel('Note text');
  await expect(text).toBeFocused();
  const zone = dialog.locator('.transcribe-zone strong');
  const first = (await zone.textContent())!;
  expect(await seriousViolations(page)).toEqual([]);

  // Staff group and sector picked once (type-ahead), then they stick; Enter on a pick returns to the text.
  await tabTo(page, dialog.getByLabel('Staff group'));
  await page.keyboard.type('nu');
  await page.keyboard.press('Tab');
  await page.keyboard.type('amb');
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await page.keyboard.type('Ambulance handovers take hours');
  await page.keyboard.press('Alt+q');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Crews wait outside A&E');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+ArrowDown');
  await expect(zone).not.toHaveText(first);
  const second = (await zone.textContent())!;
  await page.keyboard.press('Alt+s');
  await page.keyboard.press('Alt+s');
  await page.keyboard.type('Care closer to home');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Fewer trips to hospital');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+ArrowUp');
  await expect(zone).toHaveText(first);
  await page.keyboard.type('Shared records would help');
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('5 notes typed');
  await expect(text).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  const doc = await savedSession(server.dataDir);
  const notes = Object.values(doc.notes).filter((n) => n.kind === 'participant');
  const row = (t: string) => {
    const n = notes.find((x) => x.text === t)!;
    return [doc.zones[n.zoneId!].label, n.staffGroup, n.sector, n.source, n.isQuote];
  };
  expect(notes).toHaveLength(5);
  expect(row('Ambulance handovers take hours')).toEqual([first, 'nurse', 'ambulance', null, true]);
  expect(row('Crews wait outside A&E')).toEqual([first, 'nurse', 'ambulance', null, false]);
  expect(row('Care closer to home')).toEqual([second, 'nurse', 'ambulance', 'public', false]);
  expect(row('Fewer trips to hospital')).toEqual([second, 'nurse', 'ambulance', 'public', false]);
  expect(row('Shared records would help')).toEqual([first, 'nurse', 'ambulance', 'public', false]);
  // No two notes in one place: each went to its zone's next free spot.
  expect(new Set(notes.map((n) => `${n.x},${n.y}`)).size).toBe(5);

  // Each note is one undo step.
  await tabTo(page, board(page));
  await page.keyboard.press('Control+z');
  await expect(board(page)).toHaveAttribute('data-notes-total', String(Object.keys(doc.notes).length - 1));
  expect(offMachineRequests).toEqual([]);
});

test('print the board as A4 and A3 sheets, and blank for tables on paper', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await createSessionByKeyboard(page);
  await tabTo(page, board(page));
  await page.keyboard.press('n');
  await page.keyboard.type('Our own participant note');
  await page.keyboard.press('Enter');

  await palette(page, 'Print board');
  const dialog = page.getByRole('dialog', { name: 'Print board' });
  await expect(dialog.getByRole('radio', { name: 'A4' })).toBeFocused();
  await expect(dialog).toContainText('A4 landscape, 1 note on it');
  expect(await seriousViolations(page)).toEqual([]);
  const sheet = page.locator('.print-root .print-sheet');

  // Under print media only the sheet shows: the prompt, every zone label, reference cards and the note.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 1 })).toContainText('Benefits and risks');
  const zones = await page.locator('.print-root .print-zone-label').allTextContents();
  expect(zones.length).toBeGreaterThan(1);
  await expect(sheet).toContainText('Our own participant note');
  await expect(sheet.locator('.print-reference').first()).toBeVisible();
  expect(pageSizes(await page.pdf({ preferCSSPageSize: true }))).toEqual(['842x595']);
  await page.emulateMedia({ media: 'screen' });

  // A3 (arrow key in the radio group), then blank: zones and cards stay, the table's notes go.
  // (Emulating print hid the focused radio, so focus is back at the page: Tab to it again.)
  await tabTo(page, dialog.getByRole('radio', { name: 'A4' }));
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toContainText('A3 landscape');
  await tabTo(page, dialog.getByRole('checkbox', { name: /Blank for tables working on paper/ }));
  await page.keyboard.press('Space');
  await expect(dialog).toContainText('A3 landscape, blank');
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).not.toContainText('Our own participant note');
  expect(await page.locator('.print-root .print-zone-label').allTextContents()).toEqual(zones);
  await expect(sheet.locator('.print-reference').first()).toBeVisible();
  expect(pageSizes(await page.pdf({ preferCSSPageSize: true }))).toEqual(['1191x842']);
  await page.emulateMedia({ media: 'screen' });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.print-root')).toHaveCount(0);
  expect(offMachineRequests).toEqual([]);
});
