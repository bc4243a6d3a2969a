import { expect, test } from './fixtures';
import { EXERCISE, createSessionWithExercise } from './steps';

// Every Konva layer is a canvas the browser composites on every frame: the board keeps to
// three (under the notes, the notes and what is drawn over them, what is being dragged), and
// Konva has no warning to give about it.
test('a board draws in three canvas layers, and Konva warns of nothing', async ({ page, server }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/Konva warning/.test(message.text())) warnings.push(message.text());
  });
  await page.goto(server.url);
  await createSessionWithExercise(page);
  const board = page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  await board.focus();
  for (const text of ['Shorter journeys for patients', 'More time with families']) {
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Note text' }).fill(text);
    await page.keyboard.press('Enter');
  }
  await expect(board).toHaveAttribute('data-notes-drawn', /[1-9]/);
  const layers = await page.evaluate(
    () => (window as unknown as { Konva: { stages: { getLayers(): unknown[] }[] } }).Konva.stages[0].getLayers().length,
  );
  expect(layers).toBe(3);
  await expect(board.locator('canvas')).toHaveCount(3);
  expect(warnings).toEqual([]);
});
