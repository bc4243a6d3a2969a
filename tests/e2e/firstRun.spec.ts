import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_NOTES } from '../../shared/sample/sampleSession';
import { SESSION_SCHEMA_VERSION } from '../../shared/document/schema';
import { expect, RoundtableServer, test } from './fixtures';

const root = path.join(import.meta.dirname, '..', '..');

test('a first run greets the facilitator, says where their work is kept, and offers a practice session', async ({
  page,
  offMachineRequests,
}) => {
  const config = await mkdtemp(path.join(os.tmpdir(), 'roundtable-first-run-'));
  const dataDir = path.join(config, 'Roundtable'); // Not there yet: the app makes it.
  const server = new RoundtableServer(dataDir, { appsOwnFolder: true });
  try {
    await page.goto(await server.start());
    const welcome = page.getByRole('region', { name: 'Welcome to Roundtable' });
    await expect(welcome).toBeVisible();
    await expect(welcome).toContainText(`Your sessions are kept in ${dataDir}`);
    await expect(welcome).toContainText('nothing is sent over the network');
    await expect(page.getByRole('treeitem', { name: /Practice event.*Sample/ })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations).toEqual(
      [],
    );

    await welcome.getByRole('button', { name: 'Open the practice session' }).click();
    await expect(page.getByRole('tab', { name: /Exercise 1: Benefits and risks/ })).toBeVisible();
    await page.keyboard.press('Control+Alt+L'); // The list view shows the board's notes as text.
    for (const text of SAMPLE_NOTES) await expect(page.getByText(text)).toBeVisible();
    expect(offMachineRequests).toEqual([]);
  } finally {
    await server.stop();
    await rm(config, { recursive: true, force: true });
  }
});

test('Help > About shows the version, data folder and schema version; Copy diagnostics copies no session content', async ({
  page,
  context,
  server,
}) => {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf-8')) as { version: string };
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New session' }).first().click();
  const create = page.getByRole('dialog', { name: 'New session' });
  await create.getByLabel('Event name').fill('Ward 7 listening event');
  await create.getByRole('button', { name: 'Create session' }).click();
  await expect(create).toBeHidden();

  await page.getByRole('menuitem', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'About Roundtable' }).click();
  const about = page.getByRole('dialog', { name: 'About Roundtable' });
  await expect(about).toContainText(`Version${version} (browser mode)`);
  await expect(about).toContainText(`Data folder${server.dataDir}`);
  await expect(about).toContainText(`Session formatSchema version ${SESSION_SCHEMA_VERSION}`);
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);

  await about.getByRole('button', { name: 'Copy diagnostics' }).click();
  const diagnostics = page.getByRole('dialog', { name: 'Diagnostics' });
  await expect(diagnostics.getByRole('status')).toHaveText(/Copied to the clipboard/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Version: ${version} (browser mode)`);
  expect(copied).toContain(`Data folder: ${server.dataDir}`);
  expect(copied).toContain(`Session format (schema version): ${SESSION_SCHEMA_VERSION}`);
  expect(copied).toMatch(/^node: \d+\.\d+\.\d+$/m);
  expect(copied).not.toContain('Ward 7');
  await expect(diagnostics.getByLabel('Diagnostics text')).toHaveValue(copied);
  await page.keyboard.press('Escape');
  await expect(diagnostics).toBeHidden();

  // The same command from the palette, by keyboard alone.
  await page.keyboard.press('Control+Shift+P');
  await page.getByLabel('Type a command').fill('Copy diagnostics');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Diagnostics' }).getByRole('status')).toHaveText(
    /Copied to the clipboard/,
  );
});
