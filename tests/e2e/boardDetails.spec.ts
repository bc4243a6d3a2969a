import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, RoundtableServer, test } from './fixtures';
import { palette } from './steps';
import { seedEvent, THIRTY_NOTES } from './seededEvent';

// What a facilitator reads on a board at 1366×768: the voting results of many dotted notes open
// at their top (the first table's heading in view, Close in view at the foot), and notes' staff
// group, sector and quote chips in words, a group's quote marked once.
test.use({ viewport: { width: 1366, height: 768 } });

const SCREENSHOTS = process.env.ROUNDTABLE_SCREENSHOTS
  ? path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots')
  : null;

test('the voting results dialog opens at its top, its Close button in view and focused', async ({ page }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-results-'));
  const notes = THIRTY_NOTES.map((text, i) => ({ text, dots: i < 24 ? 1 + (i % 5) : 0 }));
  const title = await seedEvent(dataDir, 'h2c.d2.ex1', notes, { reveal: true });
  const server = new RoundtableServer(dataDir);
  await server.start();
  try {
    await page.goto(server.url);
    await page.getByRole('treeitem', { name: /Leeds H2C staff event/ }).press('ArrowRight');
    await page.getByRole('treeitem', { name: title }).first().press('Enter');
    await expect(page.getByRole('application', { name: `Board: ${title}` })).toBeVisible();
    await palette(page, 'Show voting results');
    const dialog = page.getByRole('dialog', { name: 'Voting results' });
    await expect(dialog.getByRole('table')).toBeVisible();
    await expect(dialog.getByRole('row')).toHaveCount(25);
    // Taller than the screen, so it scrolls inside; it must open at its top.
    expect(await dialog.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await dialog.evaluate((el) => el.scrollTop)).toBe(0);
    await expect(dialog.getByRole('heading', { name: 'Voting results' })).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('heading', { name: 'Dots' })).toBeInViewport({ ratio: 1 });
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    await expect(close).toBeInViewport({ ratio: 1 });
    await page.screenshot({
      path: SCREENSHOTS
        ? path.join(SCREENSHOTS, 'voting-results-1366x768.png')
        : test.info().outputPath('voting-results.png'),
    });
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test("notes' chips read as words, and a group's quote is marked once", async ({ page }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-chips-'));
  const details = [
    { staffGroup: 'nurse', sector: 'community' },
    { isQuote: true, staffGroup: 'social-care', sector: 'local-authority' },
    { source: 'public', isQuote: true },
    { staffGroup: 'doctor', sector: 'acute', severity: 4 },
    { staffGroup: 'other-clinical', sector: 'mental-health' },
    { staffGroup: 'admin-manager', sector: 'primary-care', severity: 2 },
  ] as const;
  const notes = THIRTY_NOTES.slice(0, 9).map((text, i) => ({ text, details: details[i % details.length] }));
  const title = await seedEvent(dataDir, 'h2c.d2.ex1', notes);
  const server = new RoundtableServer(dataDir);
  await server.start();
  try {
    await page.goto(server.url);
    await page.getByRole('treeitem', { name: /Leeds H2C staff event/ }).press('ArrowRight');
    await page.getByRole('treeitem', { name: title }).first().press('Enter');
    const board = page.getByRole('application', { name: `Board: ${title}` });
    await expect(board).toBeVisible();
    // Close enough to read the chips, as a facilitator leaning in would.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'note-chips-1366x768.png') });
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
