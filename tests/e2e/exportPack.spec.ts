import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { unzipSync, strFromU8 } from 'fflate';
import { exportSessionDocument } from '../../electron/services/export/exportService';
import type { SessionExport } from '../../shared/export/schema';
import { exportFixtureSession, FIXTURE_EXPORT } from '../fixtures/exportSession';
import { expect, test } from './fixtures';
import { palette, seriousViolations } from './steps';

// "Export event pack" on a session with two tables, a theme with sub-points and a quote, and
// votes: one zip with the export's files, a picture of every board and the printable report.

const SCHEMA = path.join(import.meta.dirname, '..', '..', 'resources', 'schema', 'roundtable-export.v1.schema.json');

test('Export event pack: one zip with the JSON, CSVs, workbook, a PNG per board and the report', async ({
  page,
  server,
  offMachineRequests,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-pack-e2e-'));
  try {
    // The rich fixture session arrives as an export and is imported, as from another laptop.
    const file = path.join(dir, 'leeds.roundtable-export.json');
    await writeFile(
      file,
      exportSessionDocument(exportFixtureSession(), { ...FIXTURE_EXPORT, review: null }).files[0].content,
    );
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Roundtable' })).toBeVisible();
    await palette(page, 'Import session export…');
    const importDialog = page.getByRole('dialog', { name: 'Import session export' });
    await importDialog.getByLabel('Export file').setInputFiles(file);
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importDialog).toBeHidden();

    await page.getByRole('tab', { name: 'List' }).focus();
    await page.keyboard.press('Control+Alt+E');
    const dialog = page.getByRole('dialog', { name: 'Export event pack' });
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
    expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    await expect(dialog.getByRole('status')).toHaveText(/a picture of each of the 3 boards/);
    expect(download.suggestedFilename()).toBe('2026-03-14-leeds-listening-event-event-pack.zip');
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const names = Object.keys(zip).sort();
    expect(names).toEqual(
      [
        '2026-03-14-leeds-listening-event-notes.csv',
        '2026-03-14-leeds-listening-event-report.html',
        '2026-03-14-leeds-listening-event-votes.csv',
        '2026-03-14-leeds-listening-event.roundtable-export.json',
        '2026-03-14-leeds-listening-event.xlsx',
        'boards/01-benefits-and-risks-table-1.png',
        'boards/01-benefits-and-risks-table-2.png',
        'boards/02-digital-first-room-board.png',
      ].sort(),
    );

    const data = JSON.parse(strFromU8(zip['2026-03-14-leeds-listening-event.roundtable-export.json'])) as SessionExport;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.notes.filter((n) => n.countsAsInput)).toHaveLength(7);

    const report = strFromU8(zip['2026-03-14-leeds-listening-event-report.html']).replace(/<[^>]+>/g, ' ');
    const order = [
      'Care closer to home',
      'Fewer missed appointments',
      'Transport still matters',
      '“Care closer to home, fewer missed appointments”',
    ].map((s) => report.indexOf(s));
    expect(order.every((i) => i >= 0) && order.every((v, i) => i === 0 || v > order[i - 1])).toBe(true);

    // Each board's picture is a real PNG of a readable size with something drawn on it.
    for (const name of names.filter((n) => n.endsWith('.png'))) {
      const png = zip[name];
      expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      const view = new DataView(png.buffer, png.byteOffset);
      const [width, height] = [view.getUint32(16), view.getUint32(20)];
      expect(width).toBeGreaterThan(400);
      expect(height).toBeGreaterThan(300);
      const colours = await page.evaluate(async (b64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${b64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4 * 97)
          seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        return seen.size;
      }, Buffer.from(png).toString('base64'));
      expect(colours, name).toBeGreaterThan(20);
    }
    await writeFile(
      path.join(import.meta.dirname, '..', '..', 'test-results', 'pack-board.png'),
      zip['boards/01-benefits-and-risks-table-1.png'],
    );
    expect(offMachineRequests).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
