import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron } from '@playwright/test';
import { expect, test } from './fixtures';

const root = path.join(import.meta.dirname, '..', '..');

/** The Electron binary the electron package has fetched, or null where it could not (offline). */
function electronBinary(): string | null {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf-8'));
  return existsSync(binary) ? binary : null;
}

test('the desktop app opens a locked-down window on the workbench', async ({}, testInfo) => {
  const binary = electronBinary();
  if (!binary) {
    const reason =
      'Electron smoke test skipped: no Electron binary on this machine (its package downloads it on first run, which needs the internet).';
    console.log(reason);
    testInfo.skip(true, reason);
    return;
  }
  const app = await electron.launch({
    executablePath: binary,
    args: [root],
    env: { ...process.env, XDG_CONFIG_HOME: testInfo.outputPath('config') },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('button', { name: 'New session' }).first()).toBeVisible();
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(window.url()).toMatch(/^app:\/\/roundtable\//);
  await app.close();
});
