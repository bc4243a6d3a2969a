import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { createSessionWithExercise, EXERCISE } from './steps';

interface TemplateFile {
  id: string;
  title: string;
  zones: unknown[];
  referenceCards: unknown[];
}

const TEMPLATES: TemplateFile[] = readdirSync(path.join(import.meta.dirname, '..', '..', 'resources', 'templates'))
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(
        readFileSync(path.join(import.meta.dirname, '..', '..', 'resources', 'templates', name), 'utf8'),
      ) as TemplateFile,
  );

test('every exercise of both decks runs from the agenda for three tables', async ({
  page,
  server,
  offMachineRequests,
}) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  await createSessionWithExercise(page, EXERCISE);
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('Add table');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add table' });
    await dialog.getByRole('button', { name: 'Add table' }).click();
    await expect(dialog).toBeHidden();
  }
  const tables = page.getByRole('navigation', { name: 'Tables' }).getByRole('listitem');
  await expect(tables).toHaveCount(3);

  // Both decks' running orders: the context and cross-cutting exercises are in both, and come once.
  await page.getByRole('button', { name: 'Agenda' }).click();
  const agenda = page.getByRole('complementary', { name: 'Agenda' });
  const deck = agenda.getByLabel('Plan from a deck');
  for (const title of ['Shifting from hospital to community', 'Analogue to digital']) {
    await deck.selectOption((await deck.locator('option', { hasText: title }).getAttribute('value'))!);
    await agenda.getByRole('button', { name: 'Add its exercises' }).click();
    await expect(agenda.getByRole('status')).toContainText('added to the agenda');
  }
  await expect(agenda.getByText(`${TEMPLATES.length} exercises`)).toBeVisible();
  await expect(agenda.getByRole('listitem')).toHaveCount(TEMPLATES.length);

  for (const template of TEMPLATES) {
    await agenda.getByRole('button', { name: `Run ${template.title} now` }).click();
    const board = page.getByRole('application', { name: `Board: ${template.title}` });
    const seen = new Set<string>();
    for (let table = 1; table <= 3; table++) {
      await expect(board, `${template.id}, table ${table}`).toHaveAttribute(
        'data-notes-total',
        String(template.referenceCards.length),
      );
      seen.add(
        (await page.getByRole('navigation', { name: 'Tables' }).locator('[aria-current="page"]').innerText()).split(
          '\n',
        )[0],
      );
      await board.focus();
      await page.keyboard.press('t');
    }
    expect([...seen].sort(), template.id).toEqual(['Table 1', 'Table 2', 'Table 3']);
    await expect(agenda.getByRole('listitem').filter({ hasText: template.title }).first()).toContainText('Running now');
  }
  expect(offMachineRequests).toEqual([]);
});
