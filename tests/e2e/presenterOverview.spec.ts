import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, RoundtableServer, test } from './fixtures';
import { seedEvent } from './seededEvent';

// A board of 1,500 notes in presenter mode: the text is far too small to read, so the cards
// are drawn as one shape (renderer/src/facilitation/presentedOverview.ts), not three Konva
// nodes a card (which took seconds to mount and draw at every change, docs/bench/fullsize.md),
// and the room still sees every card.

const NOTES = 1500;

test('presenter mode draws a board too big to read as one shape, every card on it', async ({
  page,
  offMachineRequests,
}) => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-presenter-overview-'));
  // Dots on every tenth note, revealed, so the overview draws its vote dots too.
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    text: `Note ${i + 1} about staffing on nights`,
    dots: i % 10 === 0 ? 2 : 0,
  }));
  const title = await seedEvent(dataDir, 'h2c.d2.ex1', notes, { reveal: true });

  const server = new RoundtableServer(dataDir);
  await server.start();
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(server.url);
    await page.getByRole('treeitem', { name: /Leeds H2C staff event/ }).press('ArrowRight');
    await page.getByRole('treeitem', { name: title }).first().press('Enter');
    await expect(page.getByRole('application', { name: `Board: ${title}` })).toBeVisible();
    await page.keyboard.press('F5');
    const canvas = page.getByRole('region', { name: 'Presenter mode' }).locator('.presenter-canvas');
    await expect(canvas).toHaveAttribute('data-notes-shown', String(NOTES), { timeout: 60_000 });
    expect(Number(await canvas.getAttribute('data-smallest-text-px'))).toBeLessThan(4);

    const drawn = await page.evaluate(() => {
      type StageNode = { container(): HTMLElement; find(s: string): unknown[] };
      const stages = (window as unknown as { Konva: { stages: StageNode[] } }).Konva.stages;
      const stage = stages.find((s) => s.container().closest('.presenter-canvas'))!;
      const pixels = stage.container().querySelector('canvas')!;
      const ctx = pixels.getContext('2d')!;
      const data = ctx.getImageData(0, 0, pixels.width, pixels.height).data;
      return {
        cards: stage.find('.presented-note').length,
        overviews: stage.find('.presented-overview').length,
        // Pixels that are not the page's background: the cards and their zones.
        painted: data.filter((_, i) => i % 4 === 3 && data[i] > 0).length,
      };
    });
    expect(drawn.cards).toBe(0);
    expect(drawn.overviews).toBe(1);
    expect(drawn.painted).toBeGreaterThan(1000);
  } finally {
    await server.stop();
  }
  expect(offMachineRequests).toEqual([]);
});
