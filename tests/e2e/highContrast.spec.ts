import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSessionWithExercise, EXERCISE, palette, seriousViolations } from './steps';

// High contrast beside light and dark: shown at once when the system asks for more contrast
// or forces its colours, axe clean on the board, in presenter mode and in a dialog; the board
// itself draws white cards on black (a canvas is not recoloured by the system); a theme the
// user picks by keyboard is kept across a reload.

/** The share of the board's drawn pixels that are exactly `rgb` (as "r,g,b"). */
async function shareOfBoard(page: Page, rgb: string): Promise<number> {
  return page.evaluate((wanted) => {
    type Win = { Konva: { stages: { toCanvas(): HTMLCanvasElement; container(): HTMLElement }[] } };
    const stage = (window as unknown as Win).Konva.stages.find((s) => s.container().isConnected)!;
    const canvas = stage.toCanvas();
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let match = 0;
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 250) continue;
      drawn++;
      if (`${data[i]},${data[i + 1]},${data[i + 2]}` === wanted) match++;
    }
    return match / drawn;
  }, rgb);
}

/** A system colour keyword (Canvas, CanvasText) as the page resolves it now, as "r,g,b". */
const systemColour = (page: Page, keyword: string) =>
  page.evaluate((k) => {
    const probe = document.createElement('span');
    probe.style.cssText = `forced-color-adjust:none;color:${k}`;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).join(',');
    probe.remove();
    return rgb;
  }, keyword);

const LIGHT_NOTE = '255,230,128';

async function addNotes(page: Page) {
  await page.getByRole('tab', { name: 'List', exact: true }).click();
  for (const text of ['Lone working after dark', 'Parking at patients’ homes', 'Time to write notes']) {
    await page.getByLabel('New note', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await page.getByRole('tab', { name: 'Board', exact: true }).click();
}

for (const asked of ['more contrast', 'forced colours'] as const) {
  test(`the system asks for ${asked}: the board draws in high contrast, axe clean on the board, in presenter mode and in a dialog`, async ({
    page,
    server,
    offMachineRequests,
  }) => {
    await page.emulateMedia(asked === 'more contrast' ? { contrast: 'more' } : { forcedColors: 'active' });
    await page.goto(server.url);
    // More contrast picks the high-contrast theme; forced colours repaint the page with the system's palette anyway.
    if (asked === 'more contrast') await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await createSessionWithExercise(page);
    await addNotes(page);
    const board = page.getByRole('application', { name: `Board: ${EXERCISE}` });
    await expect(board).toBeVisible();
    if (asked === 'more contrast')
      await expect(page.getByRole('button', { name: 'Theme: High contrast. Switch to Light' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The canvas is not repainted by the system: it draws its cards in the contrast colours
    // (white notes) or the system's own (its Canvas colour, edged in its text colour), never the light theme's yellow.
    const card = asked === 'more contrast' ? '255,255,255' : await systemColour(page, 'Canvas');
    await expect.poll(() => shareOfBoard(page, card)).toBeGreaterThan(0.15);
    expect(await shareOfBoard(page, LIGHT_NOTE)).toBe(0);

    await palette(page, 'About Roundtable');
    const about = page.getByRole('dialog', { name: /About/ });
    await expect(about).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(about).toBeHidden();

    await board.focus();
    await page.keyboard.press('F5');
    const presenter = page.getByRole('region', { name: 'Presenter mode' });
    await expect(presenter).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/presenter-${asked.replace(' ', '-')}.png` });
    await page.keyboard.press('Escape');
    await expect(presenter).toBeHidden();
    expect(offMachineRequests).toEqual([]);
  });
}

test('a theme picked by keyboard is shown at once and kept across a reload, over what the system asks for', async ({
  page,
  server,
}) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await palette(page, 'Light theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // The switch in the activity bar goes round: light, dark, high contrast.
  const toDark = page.getByRole('button', { name: 'Theme: Light. Switch to Dark' });
  await toDark.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  // Back to what the system asks for, and it follows the system again.
  await palette(page, 'Theme as the system sets it');
  await page.emulateMedia({ contrast: 'no-preference', colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ contrast: 'no-preference', colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
