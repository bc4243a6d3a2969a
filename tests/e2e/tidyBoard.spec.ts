import { expect, test } from './fixtures';
import { addNotesInZones, createSessionWithExercise, EXERCISE, savedSession } from './steps';

// Tidy board: a group whose notes lie in two zones is gathered into one, every zone is laid
// out in rows below its header, nobody's group changes, and one Undo puts everything back.

const NOTES: [string, string][] = [
  ['Travel between visits', 'Potential downsides'],
  ['Working alone after dark', 'Potential benefits'],
  ['More autonomy in decisions', 'Potential benefits'],
  ['Pool cars for rural visits', 'Mitigations'],
];

test('Tidy board gathers a group split across zones into one, changes no group, and undoes in one step', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await addNotesInZones(page, NOTES);
  const board = page.getByRole('application', { name: `Board: ${EXERCISE}` });
  const said = page.locator('.rt-board__sr-only[aria-live]');
  await board.focus();
  // Keep "Working alone after dark" and "Travel between visits" (two zones) and group them.
  for (const text of ['Working alone after dark', 'Travel between visits']) {
    for (let i = 0; i < 6 && !((await said.textContent()) ?? '').includes(text); i++) {
      await page.keyboard.press('Tab');
      await expect(said).toContainText('Selected');
    }
    await page.keyboard.press('Space');
    await expect(said).toContainText('Kept');
  }
  await page.keyboard.press('g');
  const name = page.getByRole('dialog', { name: 'Name the new group' });
  await expect(name).toBeVisible(); // typed into once it shows, as a facilitator would
  await page.keyboard.type('Travel and working alone');
  await page.keyboard.press('Enter');
  await expect(name).toBeHidden();
  await expect(board).toHaveAttribute('data-groups-drawn', '1');
  // Grouping gathered them; the list view sends one of them to another zone, so the group lies split across two.
  await page.getByRole('tab', { name: 'List', exact: true }).click();
  const travel = page
    .locator('.note-row')
    .filter({ has: page.locator('textarea', { hasText: 'Travel between visits' }) });
  await travel.getByRole('combobox', { name: 'Zone' }).selectOption({ label: 'Mitigations' });
  await page.getByRole('tab', { name: 'Board', exact: true }).click();
  await expect
    .poll(async () => {
      const doc = await savedSession(server.dataDir);
      return new Set(
        Object.values(doc.notes)
          .filter((n) => n.clusterId)
          .map((n) => n.zoneId),
      ).size;
    })
    .toBe(2);
  const before = await savedSession(server.dataDir);
  await page.screenshot({ path: test.info().outputPath('before-tidy.png') });

  await page.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Tidy board' }).click();
  await expect(page.locator('[aria-live]').filter({ hasText: 'Board tidied' }).first()).toBeAttached();
  await expect.poll(async () => (await savedSession(server.dataDir)).revision).toBeGreaterThan(before.revision);
  const after = await savedSession(server.dataDir);
  await page.screenshot({ path: test.info().outputPath('after-tidy.png') });
  const grouped = Object.values(after.notes).filter((n) => n.clusterId);
  expect(grouped.map((n) => n.text).sort()).toEqual(['Travel between visits', 'Working alone after dark']);
  expect(new Set(grouped.map((n) => n.zoneId)).size).toBe(1);
  for (const note of Object.values(before.notes)) expect(after.notes[note.id].clusterId).toBe(note.clusterId);

  // One undo step puts every note back where it was.
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => {
      const doc = await savedSession(server.dataDir);
      return Object.values(before.notes).every((n) => doc.notes[n.id].x === n.x && doc.notes[n.id].y === n.y);
    })
    .toBe(true);
  expect(offMachineRequests).toEqual([]);
});
