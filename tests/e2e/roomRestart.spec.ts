import { devices, type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionWithExercise, palette, savedSession, seriousViolations } from './steps';

// A room you can run a real event on (issue 16): three phones (Chromium emulating three Android
// phones) join, add notes and vote; then the laptop's server is killed (SIGKILL, as a crash or a
// flat battery would) and started again. The room reopens on the same address and code, the
// phones carry on by themselves as the same participants, and the notes they typed meanwhile
// arrive once each. Then the facilitator closes the room, and only then are the phones told.

const PHONES = [devices['Pixel 7'], devices['Galaxy S9+'], devices['Pixel 5']];

async function phone(browser: Browser, device: (typeof PHONES)[number], url: string, code: string, table: string) {
  const context = await browser.newContext({ ...device });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel(/Join code/).fill(code);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('radio', { name: table }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercise 1: Benefits and risks');
  return page;
}

async function addNote(page: Page, text: string) {
  await page.getByLabel('Your note', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
}

test('phones carry on through a killed and restarted server, their queued notes stored once', async ({
  page,
  server,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await palette(page, 'Add table');
  await page
    .getByRole('dialog', { name: 'Add table' })
    .getByRole('button', { name: /Add table/ })
    .click();

  // Open room… from the Facilitate menu, as the README says.
  await page.getByRole('menuitem', { name: 'Facilitate' }).click();
  await page.getByRole('menuitem', { name: /Open room…/ }).click();
  const open = page.getByRole('dialog', { name: 'Open room' });
  await open.getByRole('radio', { name: /This computer only/ }).check();
  await open.getByRole('button', { name: 'Open room' }).click();
  const dock = page.getByRole('complementary', { name: 'Room' });
  await expect(dock.getByText('Join code', { exact: true })).toBeVisible();
  // Docked beside the board, not over it: the board's tabs stay usable.
  await expect(page.getByRole('tab', { name: 'List' })).toBeVisible();
  const url = (await dock.locator('.room-address').textContent())!;
  const code = ((await dock.locator('.room-code').textContent()) ?? '').replace(/\s/g, '');

  const phones = [
    // The two at Table 2, whose board is showing (it was just added), vote on it.
    await phone(browser, PHONES[0], url, code, 'Table 2'),
    await phone(browser, PHONES[1], url, code, 'Table 2'),
    await phone(browser, PHONES[2], url, code, 'Table 1'),
  ];
  try {
    for (const [i, p] of phones.entries()) {
      await expect(p.getByRole('status')).toHaveText(`You are participant ${501 + i}.`);
      await addNote(p, `Before the crash from phone ${i + 1}`);
      await expect(p.getByRole('heading', { name: 'Your notes (1)' })).toBeVisible();
      await expect(p.getByRole('heading', { name: /Not sent yet/ })).toHaveCount(0);
    }
    await expect(dock.getByText(/Participant 503 · Table 1 · 1 note · connected/)).toBeVisible();
    await palette(page, 'Open voting');
    await expect(phones[0].getByRole('heading', { name: 'Voting is open' })).toBeVisible();
    await phones[0].getByRole('button', { name: 'Add a dot to: Before the crash from phone 2' }).click();
    await expect(phones[0].getByText('Your dots: 1')).toBeVisible();
    expect(await seriousViolations(phones[0])).toEqual([]);
    expect(await seriousViolations(page, '.room-dock')).toEqual([]);
    await page.screenshot({ path: 'test-results/room-dock.png' });
    await phones[1].screenshot({ path: 'test-results/room-phone-voting.png', fullPage: true });

    await server.kill();
    for (const p of phones) await expect(p.getByRole('status')).toHaveText(/Connection lost/, { timeout: 20_000 });
    for (const [i, p] of phones.entries()) {
      await addNote(p, `Typed while the laptop was down, phone ${i + 1}`);
      await expect(p.getByRole('heading', { name: 'Not sent yet (1)' })).toBeVisible();
    }
    await phones[2].screenshot({ path: 'test-results/room-phone-offline.png', fullPage: true });
    // No phone was told the room had closed: they wait and keep trying.
    for (const p of phones) await expect(p.getByText('The room has closed')).toHaveCount(0);

    await page.goto(await server.start());
    await expect(dock.locator('.room-code')).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect((await dock.locator('.room-address').textContent())!).toBe(url);
    for (const [i, p] of phones.entries()) {
      await expect(p.getByRole('status')).toHaveText(`You are participant ${501 + i}.`, { timeout: 30_000 });
      await expect(p.getByRole('heading', { name: 'Your notes (2)' })).toBeVisible({ timeout: 15_000 });
      await expect(p.getByRole('heading', { name: /Not sent yet/ })).toHaveCount(0, { timeout: 15_000 });
    }
    await expect(dock.getByText(/Participant 501 · Table 2 · 2 notes · connected/)).toBeVisible();
    await expect
      .poll(async () => {
        const doc = await savedSession(server.dataDir);
        const texts = Object.values(doc.notes)
          .filter((n) => n.id.startsWith('note:room'))
          .map((n) => n.text);
        const dots = Object.values(doc.votes).filter((v) => v.kind === 'dot' && v.participant === 501).length;
        return `${texts.length} notes, ${new Set(texts).size} different, ${dots} dot`;
      })
      .toBe('6 notes, 6 different, 1 dot');

    await dock.getByRole('button', { name: 'Close room' }).click();
    for (const p of phones) await expect(p.getByRole('heading', { name: 'The room has closed' })).toBeVisible();
    await phones[0].screenshot({ path: 'test-results/room-phone-closed.png', fullPage: true });
    expect(await seriousViolations(phones[0])).toEqual([]);
  } finally {
    await Promise.all(phones.map((p) => p.context().close()));
  }
});
