import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXERCISE, createSessionWithExercise } from './steps';

// Every Konva layer is a canvas the browser composites on every frame: the board draws in one,
// whose three groups (under the notes, the notes and what is drawn over them, what is being
// dragged) are each kept as bitmap tiles while the view pans (renderer/src/board/layerCache.ts).

type Layer = {
  getCanvas(): { _canvas: HTMLCanvasElement };
  draw(): void;
  boardTiles: { enabled: { on: boolean }; tiles(): number };
};
type Stage = { getLayers(): Layer[] };
type Win = {
  Konva: { stages: Stage[]; Shape: { prototype: { drawScene(...a: unknown[]): unknown } } };
  __shapeDraws: number;
};

async function boardWithNotes(page: Page) {
  await createSessionWithExercise(page);
  const board = page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  await board.focus();
  for (const text of ['Shorter journeys for patients', 'More time with families', 'Lone working on visits']) {
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Note text' }).fill(text);
    await page.keyboard.press('Enter');
  }
  await expect(board).toHaveAttribute('data-notes-drawn', /[1-9]/);
  return board;
}

test('a board draws in one canvas layer, and Konva warns of nothing', async ({ page, server }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/Konva warning/.test(message.text())) warnings.push(message.text());
  });
  await page.goto(server.url);
  const board = await boardWithNotes(page);
  const layers = await page.evaluate(() => (window as unknown as Win).Konva.stages[0].getLayers().length);
  expect(layers).toBe(1);
  await expect(board.locator('canvas')).toHaveCount(1);
  expect(warnings).toEqual([]);
});

test('panning draws no shape again, and the board at rest looks as when drawn afresh', async ({ page, server }) => {
  await page.goto(server.url);
  const board = await boardWithNotes(page);
  const box = (await board.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.__shapeDraws = 0;
    const own = w.Konva.Shape.prototype.drawScene;
    w.Konva.Shape.prototype.drawScene = function (...args: unknown[]) {
      w.__shapeDraws++;
      return own.apply(this, args);
    };
  });
  // Small pans stay within the drawn area's margin, so they only move the bitmaps.
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(7, 3);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => (window as unknown as Win).__shapeDraws)).toBe(0);
  const cached = await page.evaluate(
    () => (window as unknown as Win).Konva.stages[0].getLayers()[0].boardTiles.tiles() > 0,
  );
  expect(cached).toBe(true);
  // Translucent fills (zones, groups) drawn into a bitmap and then onto the layer round a
  // little differently from drawn straight onto it: a few levels of 255, at edges only.
  const moved = await page.evaluate(compareWithDirectDraw);
  expect(moved.inked).toBeGreaterThan(10_000);
  expect(moved.worst).toBeLessThanOrEqual(8);
  expect(moved.differing).toBeLessThan(moved.values / 1000);
});

test('a note edited while the board is kept as tiles is drawn with its new text', async ({ page, server }) => {
  await page.goto(server.url);
  const board = await boardWithNotes(page);
  const box = (await board.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(5, 2);
  await page.waitForTimeout(400);
  // The pixels stay in the page (two million values are slow to bring out of it on a busy machine).
  const keepPixels = (name: string) =>
    page.evaluate((name) => {
      const w = window as unknown as Win & Record<string, Uint8ClampedArray>;
      const layer = w.Konva.stages[0].getLayers()[0];
      const canvas = layer.getCanvas()._canvas;
      w[name] = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      return layer.boardTiles.tiles();
    }, name);
  expect(await keepPixels('__before')).toBeGreaterThan(0);
  // The last note added is selected: edit it from the keyboard, as a facilitator would.
  await board.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Note text' }).fill('Rewritten while the board was cached');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  expect(await keepPixels('__after')).toBeGreaterThan(0);
  // What the tiles show is what a fresh draw shows, and it is not what was there before the edit.
  const { changed, worst } = await page.evaluate(() => {
    const w = window as unknown as Win & Record<string, Uint8ClampedArray>;
    const layer = w.Konva.stages[0].getLayers()[0];
    const canvas = layer.getCanvas()._canvas;
    layer.boardTiles.enabled.on = false;
    layer.draw();
    const fresh = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    layer.boardTiles.enabled.on = true;
    layer.draw();
    // Compared as the browser composites the layer: colour times coverage. Read back from a
    // canvas, a pixel's colour is divided by its coverage, so at an edge pixel of coverage 9/255
    // a coverage one level apart (a shape's antialiased edge where it crosses a tile's edge)
    // reads as a colour 26 levels apart, though what is seen differs by one level.
    const seen = (data: Uint8ClampedArray, i: number) => ((i & 3) === 3 ? data[i] : (data[i] * data[i | 3]) / 255);
    const { __before: before, __after: after } = w;
    let changed = 0;
    let worst = 0;
    for (let i = 0; i < fresh.length; i++) {
      if (Math.abs(seen(after, i) - seen(before, i)) > 8) changed++;
      worst = Math.max(worst, Math.abs(seen(after, i) - seen(fresh, i)));
    }
    return { changed, worst };
  });
  expect(changed).toBeGreaterThan(100);
  expect(worst).toBeLessThanOrEqual(8);
});

/** The layer drawn from its tiles against the same drawn directly, shape by shape, compared as the browser composites it. */
function compareWithDirectDraw(): { differing: number; worst: number; inked: number; values: number } {
  type Counted = Layer & { boardTiles: { enabled: { on: boolean } } };
  const layer = (
    window as unknown as { Konva: { stages: { getLayers(): Counted[] }[] } }
  ).Konva.stages[0].getLayers()[0];
  const canvas = layer.getCanvas()._canvas;
  const pixels = () => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  layer.draw();
  const fromBitmaps = pixels();
  layer.boardTiles.enabled.on = false;
  layer.draw();
  const direct = pixels();
  layer.boardTiles.enabled.on = true;
  layer.draw();
  const seen = (data: Uint8ClampedArray, i: number) => ((i & 3) === 3 ? data[i] : (data[i] * data[i | 3]) / 255);
  let differing = 0;
  let worst = 0;
  let inked = 0;
  for (let i = 0; i < direct.length; i++) {
    const d = Math.abs(seen(direct, i) - seen(fromBitmaps, i));
    if (d > 1) differing++;
    worst = Math.max(worst, d);
    if (direct[i] !== 0) inked++;
  }
  return { differing, worst, inked, values: direct.length };
}

test('after a zoom the new tiles are drawn a few a frame, the previous ones shown scaled meanwhile, and the board settles as drawn afresh', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const board = await boardWithNotes(page);
  const box = (await board.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(600);
  type Counts = { deferred: number; fromPrevious: number; frameTiles: number };
  const read = () =>
    page.evaluate(() => {
      const layer = (window as unknown as Win).Konva.stages[0].getLayers()[0] as unknown as {
        boardTiles: { counts: Counts; tiles(): number; previousTiles(): number };
      };
      return {
        ...layer.boardTiles.counts,
        tiles: layer.boardTiles.tiles(),
        previous: layer.boardTiles.previousTiles(),
      };
    });
  const before = await read();
  expect(before.tiles).toBeGreaterThan(0);
  // One notch of Ctrl+wheel zooms in; the first frames after it settles draw part of the view's tiles.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await page.waitForTimeout(1500);
  const after = await read();
  expect(after.deferred).toBeGreaterThan(before.deferred);
  expect(after.fromPrevious).toBeGreaterThan(before.fromPrevious);
  // Settled: every tile in view is drawn at the new zoom and the previous ones are let go.
  expect(after.previous).toBe(0);
  expect(after.tiles).toBeGreaterThan(0);
  const compared = await page.evaluate(compareWithDirectDraw);
  expect(compared.inked).toBeGreaterThan(10_000);
  expect(compared.worst).toBeLessThanOrEqual(8);
  expect(compared.differing).toBeLessThan(compared.values / 1000);
});
