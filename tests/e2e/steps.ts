import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const EXERCISE = 'Exercise 1: Benefits and risks';

/** As a facilitator would: New session, then Add exercise (from the palette), then wait for its board tab. */
export async function createSessionWithExercise(page: Page) {
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
  await add.getByText(EXERCISE).first().click();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('tab', { name: new RegExp(EXERCISE) })).toBeVisible();
}
