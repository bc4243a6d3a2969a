import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXERCISE, createSessionByKeyboard, createSessionWithExercise, palette, seriousViolations } from './steps';
import type { SessionDocument } from '../../shared/document/schema';

async function expectNoSeriousViolations(page: Page, screen: string) {
  expect(await seriousViolations(page), screen).toEqual([]);
}

/** The zone headings of the active board's list view. */
async function zonesInList(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'List' }).click();
  // The list view loads when first shown: its zones' headings once it is there.
  await expect(page.locator('h3[id^="list-zone-zone-"]').first()).toBeVisible();
  const headings = await page.locator('h3[id^="list-zone-zone-"]').allInnerTexts();
  await page.getByRole('tab', { name: 'Board' }).click();
  return headings;
}

async function savedSessions(dataDir: string): Promise<SessionDocument[]> {
  const folder = path.join(dataDir, 'sessions');
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json'));
  return Promise.all(
    names.map(async (n) => JSON.parse(await readFile(path.join(folder, n), 'utf-8')) as SessionDocument),
  );
}

test('a custom exercise saved as a template is offered after a restart; a shipped one saved under a new name; one deleted', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await createSessionWithExercise(page);

  // From the Add exercise dialog's own button.
  await palette(page, 'Add exercise');
  await page
    .getByRole('dialog', { name: 'Add exercise' })
    .getByRole('button', { name: 'New custom exercise…' })
    .click();
  const custom = page.getByRole('dialog', { name: 'New custom exercise' });
  await expect(custom.getByLabel('Title')).toBeFocused();
  // Mistakes first: each field says what is wrong.
  await custom.getByLabel('Zones', { exact: true }).fill('From here\nTo there\nAnd beyond');
  await custom.getByLabel('From → To').check();
  await custom.getByRole('button', { name: 'Add exercise' }).click();
  await expect(custom.getByText('Enter a title')).toBeVisible();
  await expect(custom.getByText('From → To needs exactly two zones (from, then to); this has 3.')).toBeVisible();
  await expect(custom.getByLabel('Title')).toBeFocused();
  await expectNoSeriousViolations(page, 'New custom exercise, with errors');

  await custom.getByLabel('Title').fill('Ward huddle');
  await custom.getByLabel('Prompt').fill('What should the ward keep, change or stop?');
  await custom.getByLabel('Zones', { exact: true }).fill('Keep\nChange\n\nStop');
  await custom.getByLabel('Columns').check();
  await custom.getByLabel('Dot votes').check();
  await custom.getByLabel('Dots per person').fill('4');
  await custom.getByLabel('Most dots on one note (optional)').fill('2');
  await custom.getByLabel('Save as a template for later events').check();
  await expectNoSeriousViolations(page, 'New custom exercise');
  await custom.getByRole('button', { name: 'Add exercise' }).click();
  await expect(custom).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Ward huddle', exact: false, selected: true })).toBeFocused();
  expect(await zonesInList(page)).toEqual(['Keep', 'Change', 'Stop']);
  const saved = JSON.parse(await readFile(path.join(server.dataDir, 'templates', 'custom.ward_huddle.json'), 'utf-8'));
  expect(saved).toMatchObject({
    title: 'Ward huddle',
    layout: { kind: 'columns' },
    voting: { dots: { perParticipant: 4, perItem: 2 } },
    source: { decks: [] },
  });

  // The shipped exercise, saved under a new name.
  await page.getByRole('tab', { name: EXERCISE, exact: false }).first().click();
  await palette(page, 'Save exercise as template');
  const save = page.getByRole('dialog', { name: 'Save exercise as template' });
  await save.getByLabel('Template name').fill('Our benefits board');
  await expectNoSeriousViolations(page, 'Save exercise as template');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save).toBeHidden();
  expect((await readdir(path.join(server.dataDir, 'templates'))).sort()).toEqual([
    'custom.our_benefits_board.json',
    'custom.ward_huddle.json',
  ]);

  // Restart on the same data folder: both are there for a new session.
  await server.stop();
  await server.start();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New session' }).first().click();
  const newSession = page.getByRole('dialog', { name: 'New session' });
  await newSession.getByLabel('Event name').fill('Bradford event');
  await newSession.getByRole('button', { name: 'Create session' }).click();
  await expect(newSession).toBeHidden();
  await palette(page, 'Add exercise');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  const yours = add.getByRole('group', { name: 'Your templates' });
  await expect(yours.getByRole('radio')).toHaveCount(2);
  await expect(yours.getByRole('radio', { name: 'Our benefits board' })).toHaveAccessibleDescription(
    /Your template, from “Shifting from hospital to community”/,
  );
  await expectNoSeriousViolations(page, 'Add exercise with your templates');
  // The filter narrows 22 templates to the one typed; Enter adds it.
  await add.getByLabel('Filter').fill('ward HUDDLE');
  await expect(add.getByRole('radio')).toHaveCount(1);
  await expect(add.getByRole('radio', { name: 'Ward huddle' })).toBeChecked();
  await expect(add.getByRole('status')).toHaveText(/^1 of \d+ exercises match\.$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Ward huddle', exact: false, selected: true })).toBeVisible();
  expect(await zonesInList(page)).toEqual(['Keep', 'Change', 'Stop']);

  await palette(page, 'Add exercise');
  await yours.getByRole('button', { name: 'Delete template “Our benefits board”' }).click();
  await expectNoSeriousViolations(page, 'Delete a template');
  await yours.getByRole('button', { name: 'Delete template', exact: true }).click();
  await expect(yours.getByRole('radio')).toHaveCount(1);
  await yours.getByRole('radio', { name: 'Ward huddle' }).check();
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Ward huddle', exact: false, selected: true }).first()).toBeVisible();
  expect(await readdir(path.join(server.dataDir, 'templates'))).toEqual(['custom.ward_huddle.json']);

  // Both exercises from the template carry its voting into the session file.
  await expect
    .poll(async () => (await savedSessions(server.dataDir)).find((s) => s.event.name === 'Bradford event')?.exercises)
    .toBeTruthy();
  await expect
    .poll(async () =>
      Object.values(
        (await savedSessions(server.dataDir)).find((s) => s.event.name === 'Bradford event')!.exercises,
      ).map((e) => [e.templateId, e.voting?.dots?.perParticipant]),
    )
    .toEqual([
      ['custom.ward_huddle', 4],
      ['custom.ward_huddle', 4],
    ]);
  expect(offMachineRequests).toEqual([]);
});

test('with the keyboard alone: a custom spectrum exercise, saved, added again, then deleted', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await createSessionByKeyboard(page);

  await palette(page, 'New custom exercise');
  const custom = page.getByRole('dialog', { name: 'New custom exercise' });
  await expect(custom.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('National or local');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Who should decide this?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('National');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Local');
  await page.keyboard.press('Tab');
  await expect(custom.getByLabel('Columns')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(custom.getByLabel('Spectrum')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(custom.getByLabel('A rating per zone')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(custom.getByLabel('Rating question')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(custom.getByLabel('Save as a template for later events')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(custom.getByRole('button', { name: 'Add exercise' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(custom).toBeHidden();
  await expect(page.getByRole('tab', { name: 'National or local', exact: false })).toBeFocused();

  // Saved again under another name, from the palette.
  await palette(page, 'Save exercise as template');
  const save = page.getByRole('dialog', { name: 'Save exercise as template' });
  await expect(save.getByLabel('Template name')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Decide where');
  await page.keyboard.press('Enter');
  await expect(save).toBeHidden();

  // Add exercise: arrow to "National or local" among the templates, Enter.
  await palette(page, 'Add exercise');
  const add = page.getByRole('dialog', { name: 'Add exercise' });
  await expect(add.getByLabel('Filter')).toBeFocused();
  await page.keyboard.press('End');
  for (let i = 0; i < 40 && !(await add.getByRole('radio', { name: 'National or local' }).isChecked()); i++)
    await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
  expect(await zonesInList(page)).toEqual(['National', 'Local']);

  // Delete "Decide where": Tab from the list to its Delete button, Enter, then confirm.
  await palette(page, 'Add exercise');
  await expect(add.getByLabel('Filter')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(add.getByRole('radio').first()).toBeFocused();
  const yours = add.getByRole('group', { name: 'Your templates' });
  for (
    let i = 0;
    i < 5 &&
    !(await yours
      .getByRole('button', { name: 'Delete template “Decide where”' })
      .evaluate((b) => b === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(yours.getByRole('button', { name: 'Delete template “Decide where”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(yours.getByRole('button', { name: 'Delete template', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(yours.getByRole('radio')).toHaveCount(1);
  await expect(add.getByRole('radio', { checked: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(add).toBeHidden();
  expect((await readdir(path.join(server.dataDir, 'templates'))).sort()).toEqual(['custom.national_or_local.json']);
});
