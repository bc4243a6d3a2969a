import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { SessionDocument } from '../../shared/document/schema';
import { expect } from './fixtures';

export const EXERCISE = 'Exercise 1: Benefits and risks';

/** As a facilitator would: New session, then Add exercise (from the palette), then wait for its board tab. */
export async function createSessionWithExercise(page: Page, exercise: string = EXERCISE) {
  await page.getByRole('button', { name: 'New session' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Event name').fill('Leeds community event');
  await dialog.getByLabel('Date').fill('2025-03-04');
  await dialog.getByLabel('Location').fill('Leeds Civic Hall');
  await dialog.getByRole('button', { name: 'Create session' }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByLabel('Type a command').fill('Add exercise');
  await page.keyboard.press('Enter');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await add.getByText(exercise, { exact: false }).first().click();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('tab', { name: exercise, exact: false }).first()).toBeVisible();
}

/**
 * The same set-up with the keyboard alone, as a facilitator who uses no mouse would:
 * Ctrl+Alt+N for a new session, Tab between its fields, Enter to create; then the palette
 * for Add exercise, arrow keys to the exercise whose title contains `exercise`, Enter.
 * Ends with focus on the new board's tab.
 */
export async function createSessionByKeyboard(page: Page, exercise: string = EXERCISE) {
  await page.locator('body').focus();
  await page.keyboard.press('Control+Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await expect(dialog.getByLabel('Event name')).toBeFocused();
  await page.keyboard.type('Leeds community event');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Add exercise');
  await page.keyboard.press('Enter');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await expect(add.getByLabel('Filter')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(add.getByRole('radio').first()).toBeFocused();
  for (let i = 0; i < 30; i++) {
    const name = (await add.getByRole('radio', { checked: true }).getAttribute('aria-labelledby')) ?? '';
    if ((await add.locator(`[id="${name}"]`).innerText()).includes(exercise)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
  await expect(page.getByRole('tab', { name: exercise, exact: false }).first()).toBeFocused();
}

/**
 * Adds notes through the List view, each into the zone named beside it, and goes back to the
 * board's tab: a quick way to a board with notes in known zones. Returns the board, not focused.
 */
export async function addNotesInZones(page: Page, notes: readonly (readonly [text: string, zone: string])[]) {
  await page.getByRole('tab', { name: 'List', exact: true }).click();
  for (const [text, zone] of notes) {
    await page.getByLabel('New note', { exact: true }).fill(text);
    await page.getByLabel('Zone for new note').selectOption({ label: zone });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(notes.length);
  await page.getByRole('tab', { name: 'Board', exact: true }).click();
}

/** Presses Tab until focus is on or in `target`, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Runs a command from the palette by typing its title, as a keyboard user would. */
export async function palette(page: Page, title: string) {
  await page.keyboard.press('Control+Shift+P');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

/** axe's serious and critical violations on the page (or inside `include`), each as "rule: elements". */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The one session file in the data folder, as the store wrote it. */
export async function savedSession(dataDir: string): Promise<SessionDocument> {
  const folder = path.join(dataDir, 'sessions');
  const [file] = await readdir(folder);
  return JSON.parse(await readFile(path.join(folder, file), 'utf-8'));
}
