import path from 'node:path';
import { expect, test } from './fixtures';
import { seriousViolations } from './steps';

// The organiser keeps the projects list tidy by keyboard alone: renames one project, finds the
// new name after a reload, and deletes another after a confirmation naming it.

const SHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test('a synthesis project is renamed and another deleted by keyboard, and the list is right after a reload', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  const openWorkspace = async () => {
    await page.getByRole('button', { name: 'Synthesis' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Synthesis: what staff have told us so far/ })).toBeVisible();
  };
  await openWorkspace();
  const projects = page.getByRole('region', { name: 'Synthesis projects' });
  for (const name of ['Winter events', 'Spare copy']) {
    await projects.getByLabel('New project’s name').focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(projects).toContainText(`Open: ${name}`);
    await projects.getByRole('button', { name: 'Close project' }).focus();
    await page.keyboard.press('Enter');
  }
  const list = projects.getByRole('list', { name: 'Saved projects' });
  await expect(list.getByRole('button', { name: /^Open / })).toHaveCount(2);

  // Rename: the field opens focused with the old name, which is replaced and saved with Enter.
  await list.getByRole('button', { name: 'Rename Winter events' }).focus();
  await page.keyboard.press('Enter');
  const field = list.getByLabel('New name for Winter events');
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Winter listening, North');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: 'Open Winter listening, North' })).toBeVisible();

  await page.reload();
  await openWorkspace();
  await expect(list.getByRole('button', { name: 'Open Winter listening, North' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Open Winter events' })).toHaveCount(0);

  // Delete: the dialog names the project and focuses the safe choice first.
  await list.getByRole('button', { name: 'Delete Spare copy' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete project “Spare copy”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(seriousViolations(page)).resolves.toEqual([]);
  await dialog.getByRole('button', { name: 'Delete project' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('button', { name: 'Open Spare copy' })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /^Open / })).toHaveCount(1);

  expect(await seriousViolations(page)).toEqual([]);
  await projects.screenshot({ path: path.join(SHOTS, 'synthesis-projects-rename.png') });
  expect(offMachineRequests).toEqual([]);
});
