import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SessionDocument } from '../../shared/document/schema';
import { expect, test } from './fixtures';
import { createSessionWithExercise, palette } from './steps';

// The facilitator's side of issue 16, failure 6: Add table right after New session adds to the
// new session; a table name already used is refused; Open room… while another session's room is
// open says whose it is and lets the facilitator choose.

async function sessionsOnDisk(dataDir: string): Promise<SessionDocument[]> {
  const folder = path.join(dataDir, 'sessions');
  const files = await readdir(folder);
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(folder, f), 'utf-8'))));
}

test('Add table after New session, a name used twice, and a second session’s room', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await palette(page, 'Open room…');
  const open = page.getByRole('dialog', { name: 'Open room' });
  await open.getByRole('radio', { name: /This computer only/ }).check();
  await open.getByRole('button', { name: 'Open room' }).click();
  await expect(page.getByRole('complementary', { name: 'Room' })).toContainText('Leeds community event');

  // A second session; its board is not open, the first one's still is.
  await page.getByRole('button', { name: 'New session' }).first().click();
  const created = page.getByRole('dialog', { name: 'New session' });
  await created.getByLabel('Event name').fill('Bradford afternoon');
  await created.getByRole('button', { name: 'Create session' }).click();
  await expect(created).toBeHidden();

  await page.getByRole('menuitem', { name: 'Board' }).click();
  await page.getByRole('menuitem', { name: /^Add table/ }).click();
  const add = page.getByRole('dialog', { name: 'Add table' });
  await add.getByLabel('Table name').fill('Table 1');
  await add.getByRole('button', { name: /Add table/ }).click();
  await expect(add.getByText(/There is a table called “Table 1” already/)).toBeVisible();
  await add.getByLabel('Table name').fill('Blue table');
  await add.getByRole('button', { name: /Add table/ }).click();
  await expect(add).toBeHidden();
  await expect
    .poll(async () =>
      (await sessionsOnDisk(server.dataDir))
        .map(
          (d) =>
            `${d.event.name}: ${Object.values(d.tables)
              .map((t) => t.name)
              .sort()
              .join(', ')}`,
        )
        .sort(),
    )
    .toEqual(['Bradford afternoon: Blue table, Table 1', 'Leeds community event: Table 1']);

  // Open room… for the second session while the first one's room is open.
  await palette(page, 'Open room…');
  const other = page.getByRole('dialog', { name: 'Another session’s room is open' });
  await expect(other).toContainText('The room of “Leeds community event” is open');
  await other.getByRole('button', { name: 'Close it and open one for “Bradford afternoon”' }).click();
  const reopen = page.getByRole('dialog', { name: 'Open room' });
  await expect(reopen).toContainText('Bradford afternoon');
  await reopen.getByRole('radio', { name: /This computer only/ }).check();
  await reopen.getByRole('button', { name: 'Open room' }).click();
  await expect(page.getByRole('complementary', { name: 'Room' })).toContainText('Bradford afternoon');
});
