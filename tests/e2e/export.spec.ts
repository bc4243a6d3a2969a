import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { SessionExport } from '../../shared/export/schema';
import { expect, test } from './fixtures';
import { createSessionWithExercise } from './steps';

const SCHEMA = path.join(import.meta.dirname, '..', '..', 'resources', 'schema', 'roundtable-export.v1.schema.json');
const NOTES = [
  'Email me at jo.bloggs@nhs.net about the audit',
  'Patient 943 476 5919 waited 9 hours, then "went home"',
  'Lone working after dark',
];

async function downloaded(
  page: Page,
  start: () => Promise<void>,
): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8'), bytes: readFileSync(file) };
}

test('Export session mid-session: the PII review redacts one flag and keeps another; the JSON validates and the CSV has the rows', async ({
  page,
  server,
  offMachineRequests,
}) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await page.getByRole('tab', { name: 'List' }).click();
  for (const text of NOTES) {
    await page.getByRole('textbox', { name: 'New note' }).fill(text);
    await page.getByRole('textbox', { name: 'New note' }).press('Control+Enter');
  }
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(NOTES.length);

  // The shortcut, from outside a text field.
  await page.getByRole('tab', { name: 'List' }).focus();
  await page.keyboard.press('Control+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Export session' });
  await expect(dialog.getByText('The check found 2 possible personal details')).toBeVisible();
  const email = dialog.getByRole('group', { name: /Possible email address: jo\.bloggs@nhs\.net/ });
  const nhs = dialog.getByRole('group', { name: /Possible NHS number: 943 476 5919/ });
  await expect(email.locator('mark')).toHaveText('jo.bloggs@nhs.net');
  await expect(nhs.locator('mark')).toHaveText('943 476 5919');
  await expect(nhs).toContainText('Patient 943 476 5919 waited 9 hours');

  const { violations } = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Export before deciding says what is missing; then one kept, one redacted.
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Choose Redact or Keep for every flag first \(2 left\)/);
  await email.getByRole('radio', { name: 'Keep' }).check();
  await nhs.getByRole('radio', { name: 'Redact' }).check();
  const json = await downloaded(page, () => dialog.getByRole('button', { name: 'Export', exact: true }).click());
  expect(json.name).toMatch(/^2025-03-04-leeds-community-event\.roundtable-export\.json$/);
  await expect(dialog.getByRole('status')).toHaveText(/Exported 3 participant notes/);

  const data = JSON.parse(json.text) as SessionExport;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  const texts = data.notes.filter((n) => n.countsAsInput).map((n) => n.text);
  expect(texts).toContain('Email me at jo.bloggs@nhs.net about the audit');
  expect(texts).toContain('Patient [redacted NHS number] waited 9 hours, then "went home"');
  expect(json.text).not.toContain('943 476 5919');
  expect(data.piiCheck).toMatchObject({ ran: true, redacted: { 'nhs-number': 1 }, kept: { email: 1 } });

  const csv = await downloaded(page, () => dialog.getByRole('button', { name: 'Save notes (CSV)' }).click());
  expect(csv.name).toBe('2025-03-04-leeds-community-event-notes.csv');
  const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.text).sort()).toEqual(
    [
      'Email me at jo.bloggs@nhs.net about the audit',
      'Lone working after dark',
      'Patient [redacted NHS number] waited 9 hours, then "went home"',
    ].sort(),
  );
  expect(
    rows.every((r) => r.event_name === 'Leeds community event' && r.exercise === 'Exercise 1: Benefits and risks'),
  ).toBe(true);

  // The workbook, as a spreadsheet opens it: the same notes on its Notes sheet.
  const xlsx = await downloaded(page, () => dialog.getByRole('button', { name: 'Save workbook (XLSX)' }).click());
  expect(xlsx.name).toBe('2025-03-04-leeds-community-event.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Notes')!;
  const textColumn = (sheet.getRow(1).values as unknown[]).indexOf('text');
  const sheetTexts = sheet.getColumn(textColumn).values.slice(2);
  expect([...sheetTexts].sort()).toEqual(rows.map((r) => r.text).sort());

  // The session itself is unchanged: the note still holds the number.
  await dialog.getByRole('button', { name: 'Done' }).click();
  const values = await page
    .getByRole('textbox', { name: 'Note text' })
    .evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
  expect(values).toContain(NOTES[1]);
  expect(offMachineRequests).toEqual([]);
});

test('Export session is in the File menu and the palette', async ({ page, server }) => {
  await page.goto(server.url);
  await createSessionWithExercise(page);
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Export session/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export session' });
  await expect(dialog.getByText(/found no NHS numbers/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('dialog', { name: 'Command palette' }).getByLabel('Type a command').fill('Export session');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
});
