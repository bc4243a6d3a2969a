import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXERCISE, createSessionWithExercise, savedSession } from './steps';
import type { SessionDocument } from '../../shared/document/schema';

function participantNotes(doc: SessionDocument) {
  return Object.values(doc.notes).filter((n) => n.kind === 'participant');
}

async function addNoteWithKeyboard(page: Page, text: string) {
  await page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) }).focus();
  await page.keyboard.press('n');
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
}

async function expectSaved(page: Page) {
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
}

test('a facilitator runs Benefits and risks end to end, and finds it all again after a restart', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);

  await addNoteWithKeyboard(page, 'Travel time eats into clinic hours');
  await addNoteWithKeyboard(page, 'Lone working after dark');
  await addNoteWithKeyboard(page, 'More time with patients at home');

  // Edit the selected (last added) note in place.
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.fill('More time with patients in their own homes');
  await page.keyboard.press('Enter');

  // Move it with the keyboard: three steps right, one step down.
  await expectSaved(page);
  const before = participantNotes(await savedSession(server.dataDir)).find((n) => n.text.startsWith('More time'))!;
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
  await expectSaved(page);
  const moved = participantNotes(await savedSession(server.dataDir)).find((n) => n.text.startsWith('More time'))!;
  expect([moved.x - before.x, moved.y - before.y]).toEqual([30, 10]);

  // Undo and redo from the keyboard: each arrow press was one step.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expectSaved(page);
  const undone = participantNotes(await savedSession(server.dataDir)).find((n) => n.text.startsWith('More time'))!;
  expect([undone.x - before.x, undone.y - before.y]).toEqual([20, 0]);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expectSaved(page);
  expect(
    participantNotes(await savedSession(server.dataDir)).find((n) => n.text.startsWith('More time')),
  ).toMatchObject({ x: moved.x, y: moved.y });

  // Delete one from the list view; undo brings it back, redo deletes it again.
  await page.getByRole('tab', { name: 'List' }).click();
  await page
    .getByRole('button', { name: /Delete note/ })
    .nth(await indexOfNote(page, 'Lone working after dark'))
    .click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(3);
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);
  await expectSaved(page);
  const saved = await savedSession(server.dataDir);

  // Close the app and open it again: everything is there, as it was.
  await server.stop();
  await page.goto(await server.start());
  await page.getByRole('treeitem', { name: /Leeds community event/ }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('treeitem', { name: EXERCISE }).dblclick();
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);
  const reopened = participantNotes(await savedSession(server.dataDir));
  expect(reopened.map((n) => [n.text, n.zoneId, n.x, n.y]).sort()).toEqual(
    participantNotes(saved)
      .map((n) => [n.text, n.zoneId, n.x, n.y])
      .sort(),
  );
  expect(reopened.map((n) => n.text).sort()).toEqual([
    'More time with patients in their own homes',
    'Travel time eats into clinic hours',
  ]);
  expect(reopened.every((n) => n.zoneId !== null)).toBe(true);
  expect(offMachineRequests).toEqual([]);
});

test('with the mouse: double-click adds a note, a drag moves it to another zone as one undo step, and zooming in culls', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  const board = page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  const box = (await board.boundingBox())!;
  await expectSaved(page);
  const zones = Object.values((await savedSession(server.dataDir)).zones);
  const zoneLabel = (id: string | null) => zones.find((z) => z.id === id)?.label;

  // The board opens fitted to its three columns; the right-hand one (Mitigations) is empty.
  const start = { x: box.x + box.width * 0.78, y: box.y + box.height * 0.5 };
  await page.mouse.dblclick(start.x, start.y);
  await page.getByRole('textbox', { name: 'Note text' }).fill('Buddy system for lone visits');
  await page.keyboard.press('Enter');
  await expectSaved(page);
  const added = participantNotes(await savedSession(server.dataDir))[0];
  expect(zoneLabel(added.zoneId)).toBe('Mitigations');

  const zoom = Number((await page.getByText(/^Zoom \d+%$/).textContent())!.match(/\d+/)![0]) / 100;
  const columnStep = (zones[1].x - zones[0].x) * zoom;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x - (columnStep * i) / 10, start.y + (40 * i) / 10);
  await page.mouse.up();
  await expectSaved(page);
  const dragged = participantNotes(await savedSession(server.dataDir))[0];
  expect(zoneLabel(dragged.zoneId)).toBe('Potential downsides');

  await page.keyboard.press('Control+z');
  await expectSaved(page);
  expect(participantNotes(await savedSession(server.dataDir))[0]).toMatchObject({
    x: added.x,
    y: added.y,
    zoneId: added.zoneId,
  });

  // Zoomed in, the notes outside the view are not drawn.
  const drawn = async () => [
    Number(await board.getAttribute('data-notes-drawn')),
    Number(await board.getAttribute('data-notes-total')),
  ];
  expect(await drawn()).toEqual([11, 11]);
  // The drawn area keeps 768 screen px beyond the view for the bitmap tiles ahead of a pan
  // (culling.ts), so it takes a close zoom before notes fall outside it.
  for (let i = 0; i < 16; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await drawn())[0]).toBeLessThan(11);
  expect((await drawn())[1]).toBe(11);
  expect(offMachineRequests).toEqual([]);
});

test('selecting several notes: shift-click and rubber band, then one Delete and one undo for all', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  const board = page.getByRole('application', { name: new RegExp(`Board: ${EXERCISE}`) });
  const box = (await board.boundingBox())!;
  const x = box.x + box.width * 0.78;
  const ys = [0.3, 0.45, 0.6].map((f) => box.y + box.height * f);
  for (const [i, y] of ys.entries()) {
    await page.mouse.dblclick(x, y);
    await page.getByRole('textbox', { name: 'Note text' }).fill(`Mitigation ${i + 1}`);
    await page.keyboard.press('Enter');
  }
  const count = async () => participantNotes(await savedSession(server.dataDir)).length;
  await expectSaved(page);
  expect(await count()).toBe(3);

  // Shift-click two of them, delete both at once, undo once.
  await page.mouse.click(x, ys[0]);
  await page.keyboard.down('Shift');
  await page.mouse.click(x, ys[1]);
  await page.keyboard.up('Shift');
  await page.keyboard.press('Delete');
  await expectSaved(page);
  expect(participantNotes(await savedSession(server.dataDir)).map((n) => n.text)).toEqual(['Mitigation 3']);
  await page.keyboard.press('Control+z');
  await expectSaved(page);
  expect(await count()).toBe(3);

  // Rubber band around all three, from empty board to the right of them.
  const right = box.x + box.width * 0.97;
  await page.mouse.move(right, ys[0] - 60);
  await page.mouse.down();
  await page.mouse.move(x - 20, ys[1], { steps: 5 });
  await page.mouse.move(x - 20, ys[2] + 40, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press('Delete');
  await expectSaved(page);
  expect(await count()).toBe(0);
  await page.keyboard.press('Control+z');
  await expectSaved(page);
  expect(await count()).toBe(3);

  // Ctrl+wheel zooms around the pointer.
  const zoomText = page.getByText(/^Zoom \d+%$/);
  const before = await zoomText.textContent();
  await page.mouse.move(x, ys[1]);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect(zoomText).not.toHaveText(before!);
});

async function indexOfNote(page: Page, text: string): Promise<number> {
  const values = await page
    .getByRole('textbox', { name: 'Note text' })
    .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  return values.indexOf(text);
}

test('the workbench has no serious or critical accessibility violations', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  for (const view of ['Board', 'List']) {
    await page.getByRole('tab', { name: view }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      view,
    ).toEqual([]);
  }
});
