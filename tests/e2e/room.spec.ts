import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionWithExercise, palette, savedSession, seriousViolations } from './steps';

// Room mode as a facilitator and three phones meet it: the room opened on "This computer
// only", three participants in their own browsers (360 px wide, touch) join with the code, pick
// their tables, add notes and vote while results are hidden; a phone that loses its connection
// keeps its note and sends it once when it is back; a wrong code is refused.

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function phone(
  browser: Browser,
  url: string,
  code: string,
  table: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel(/Join code/).fill(code);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('radio', { name: table }).check();
  await page.getByLabel('Your staff group (optional)').selectOption('nurse');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Benefits and risks');
  return { page, close: () => context.close() };
}

async function addNote(page: Page, text: string) {
  await page.getByLabel('Your note', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
}

test('three phones join the room, add notes to their tables and vote; a lost connection loses nothing', async ({
  page,
  server,
  browser,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await palette(page, 'Add table');
  await page
    .getByRole('dialog', { name: 'Add table' })
    .getByRole('button', { name: /Add table/ })
    .click();

  await palette(page, 'Open room…');
  const open = page.getByRole('dialog', { name: 'Open room' });
  await open.getByRole('radio', { name: /This computer only/ }).check();
  await open.getByRole('button', { name: 'Open room' }).click();
  const panel = page.getByRole('complementary', { name: 'Room' });
  await expect(panel.getByRole('img', { name: /QR code for http:\/\/127\.0\.0\.1:\d+\// })).toBeVisible();
  const url = (await panel.locator('.room-address').textContent())!;
  const code = ((await panel.locator('.room-code').textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^\d{6}$/);

  // A wrong code is refused, and says what to do.
  const stranger = await browser.newContext(PHONE);
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(url);
  await strangerPage.getByLabel(/Join code/).fill(code === '000000' ? '111111' : '000000');
  await strangerPage.getByRole('button', { name: 'Join' }).click();
  await expect(strangerPage.getByRole('alert')).toHaveText(/not the join code/);
  expect(await seriousViolations(strangerPage)).toEqual([]);
  await stranger.close();

  const [a, b, c] = [
    await phone(browser, url, code, 'Table 1'),
    await phone(browser, url, code, 'Table 1'),
    await phone(browser, url, code, 'Table 2'),
  ];
  try {
    expect(await seriousViolations(a.page)).toEqual([]);
    await addNote(a.page, 'Parking at the health centre');
    await addNote(b.page, 'Lone working after dark');
    await addNote(c.page, 'Travel time between visits');
    await expect(a.page.getByRole('heading', { name: 'Your notes (1)' })).toBeVisible();
    await expect(panel.getByText(/Participant 501 · Table 1 · 1 note · connected/)).toBeVisible();
    await expect(panel.getByText(/Participant 503 · Table 2 · 1 note/)).toBeVisible();

    // Presenter mode shows how to join while the room is open.
    await page.getByRole('tab', { name: 'List' }).focus();
    await page.keyboard.press('F5');
    await expect(page.getByRole('complementary', { name: 'Join the room' })).toContainText(
      `${code.slice(0, 3)} ${code.slice(3)}`,
    );
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Join the room' })).toHaveCount(0);

    // Live on the facilitator's boards of the right tables (Table 2 is showing since it was added).
    await page.getByRole('tab', { name: 'List' }).click();
    await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveValue('Travel time between visits');
    await page
      .getByRole('navigation', { name: 'Tables' })
      .getByRole('listitem')
      .first()
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);

    // A phone loses the network, keeps its note, and sends it once when it is back.
    await c.page.context().setOffline(true);
    await expect(c.page.getByRole('status')).toHaveText(/Connection lost/, { timeout: 15_000 });
    await addNote(c.page, 'Sent after the network came back');
    await expect(c.page.getByRole('heading', { name: 'Not sent yet (1)' })).toBeVisible();
    await c.page.context().setOffline(false);
    await expect(c.page.getByRole('heading', { name: 'Your notes (2)' })).toBeVisible({ timeout: 20_000 });
    await expect(c.page.getByRole('heading', { name: /Not sent yet/ })).toHaveCount(0);

    // Voting: dots from the phones, hidden on the board until revealed.
    await palette(page, 'Open voting');
    await expect(a.page.getByRole('heading', { name: 'Voting is open' })).toBeVisible();
    await a.page.getByRole('button', { name: 'Add a dot to: Lone working after dark' }).click();
    await b.page.getByRole('button', { name: 'Add a dot to: Lone working after dark' }).click();
    await expect(b.page.getByText('Your dots: 1')).toBeVisible();
    // Three dots in each of the three columns, one used.
    await expect(b.page.getByText(/You have 8 dots left \(a share in each column\)/)).toBeVisible();
    await b.page.screenshot({ path: 'test-results/room-phone.png', fullPage: true });
    await expect(page.getByText(/2 dots/)).toHaveCount(0);
    await palette(page, 'Reveal voting results');

    await expect
      .poll(async () => {
        const doc = await savedSession(server.dataDir);
        const notes = Object.values(doc.notes).filter((n) => n.id.startsWith('note:room'));
        const dots = Object.values(doc.votes).filter((v) => v.kind === 'dot' && (v.participant ?? 0) >= 501).length;
        return `${notes.length} notes, ${dots} dots, ${notes.filter((n) => n.text === 'Sent after the network came back').length} resent`;
      })
      .toBe('4 notes, 2 dots, 1 resent');
  } finally {
    await Promise.all([a, b, c].map((p) => p.close()));
  }
});
