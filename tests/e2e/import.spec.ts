import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, RoundtableServer, test } from './fixtures';
import { createSessionWithExercise, palette, seriousViolations } from './steps';

// A session's export carried to another laptop with a fresh data folder and imported there;
// a table's export from a second laptop merged into it as one undoable step; bad files
// refused with their reason.

const tables = (page: Page) => page.getByRole('navigation', { name: 'Tables' });

async function addNotes(page: Page, texts: string[]) {
  await page.getByRole('tab', { name: 'List' }).click();
  for (const text of texts) {
    await page.getByRole('textbox', { name: 'New note' }).fill(text);
    await page.getByRole('textbox', { name: 'New note' }).press('Control+Enter');
  }
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(texts.length);
}

async function exportJson(page: Page, dir: string, name: string): Promise<string> {
  await page.getByRole('tab', { name: 'List' }).focus();
  await page.keyboard.press('Control+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Export session' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  await dialog.getByRole('button', { name: 'Done' }).click();
  return file;
}

async function importFile(page: Page, command: string, file: string) {
  await palette(page, command);
  const dialog = page.getByRole('dialog', { name: command.replace('…', '') });
  await dialog.getByLabel('Export file').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  return dialog;
}

test('a session export imported on a fresh laptop, a table merged into it once, bad files refused', async ({
  page,
  server,
  browser,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-import-e2e-'));
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await addNotes(page, ['Parking at the health centre', 'Lone working on visits']);
  const sessionFile = await exportJson(page, dir, 'leeds.roundtable-export.json');
  await createSessionWithExercise(page);
  await addNotes(page, ['From the table laptop']);
  const tableFile = await exportJson(page, dir, 'table-laptop.roundtable-export.json');
  const broken = path.join(dir, 'broken.json');
  await writeFile(broken, (await readFile(sessionFile, 'utf8')).slice(0, 500));

  const fresh = new RoundtableServer(await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-fresh-')));
  await fresh.start();
  const context = await browser.newContext();
  const other = await context.newPage();
  try {
    await other.goto(fresh.url);
    await expect(other.getByRole('heading', { name: 'Welcome to Roundtable' })).toBeVisible();
    // A damaged file: its reason, and nothing added.
    let dialog = await importFile(other, 'Import session export…', broken);
    await expect(dialog.getByRole('alert')).toHaveText(
      /Nothing was imported\. "broken\.json" is damaged: it is not valid JSON/,
    );
    expect(await seriousViolations(other, 'dialog[open]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    dialog = await importFile(other, 'Import session export…', sessionFile);
    await expect(dialog).toBeHidden();
    await expect(other.getByRole('tab', { name: /Benefits and risks/ }).first()).toBeVisible();
    await other.getByRole('tab', { name: 'List' }).click();
    await expect(other.getByRole('textbox', { name: 'Note text' })).toHaveCount(2);
    await expect(tables(other).getByRole('listitem')).toHaveCount(1);

    // The table laptop's export merges as a second table, once.
    dialog = await importFile(other, 'Import a table into this session…', tableFile);
    await expect(dialog).toBeHidden();
    await expect(tables(other).getByRole('listitem')).toHaveCount(2);
    dialog = await importFile(other, 'Import a table into this session…', tableFile);
    await expect(dialog.getByRole('alert')).toHaveText(/already in this session/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(tables(other).getByRole('listitem')).toHaveCount(2);
    await tables(other).getByRole('listitem').nth(1).getByRole('button').first().click();
    await expect(other.getByRole('textbox', { name: 'Note text' })).toHaveValue('From the table laptop');

    // One Undo takes the merge back.
    await palette(other, 'Undo');
    await expect(tables(other).getByRole('listitem')).toHaveCount(1);
  } finally {
    await context.close();
    await fresh.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
