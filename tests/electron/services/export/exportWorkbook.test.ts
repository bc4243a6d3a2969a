import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportSessionWithWorkbook } from '../../../../electron/services/export/exportService';
import { XLSX_MEDIA_TYPE } from '../../../../electron/services/export/exportWorkbook';
import { NOTES_CSV_HEADER, noteRows } from '../../../../shared/export/csv';
import type { SessionExport } from '../../../../shared/export/schema';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../../fixtures/exportSession';

// The workbook read back by ExcelJS itself gives the export's values, sheet by sheet.

async function workbook() {
  const result = await exportSessionWithWorkbook(exportFixtureSession(), { ...FIXTURE_EXPORT, review: {} });
  const file = result.files.find((f) => f.mediaType === XLSX_MEDIA_TYPE)!;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  return { data: JSON.parse(result.files[0].content) as SessionExport, file, book };
}

/** A sheet as rows of plain values, the header first. */
function rowsOf(book: ExcelJS.Workbook, name: string): unknown[][] {
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the export workbook', () => {
  it('is named after the event and holds Summary, Notes, Clusters, Votes and Ratings', async () => {
    const { file, book } = await workbook();
    expect(file.name).toBe('2026-03-14-leeds-listening-event.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Notes', 'Clusters', 'Votes', 'Ratings']);
  });

  it('has the same notes as notes.csv, as typed values, with text starting "=" kept as text', async () => {
    const { data, book } = await workbook();
    const rows = rowsOf(book, 'Notes');
    expect(rows[0]).toEqual([...NOTES_CSV_HEADER]);
    const expected = noteRows(data).map((r) => r.map((c) => (c === null ? undefined : c)));
    expect(rows.slice(1).map((r) => Array.from({ length: NOTES_CSV_HEADER.length }, (_, i) => r[i]))).toEqual(expected);
    const text = book.getWorksheet('Notes')!.getColumn(NOTES_CSV_HEADER.indexOf('text') + 1).values;
    expect(text).toContain('=HYPERLINK("http://example.invalid") -5 beds if we move staff');
    expect(book.getWorksheet('Notes')!.getRow(2).getCell(1).formula).toBeUndefined();
  });

  it('gives each cluster its sub-points and one quote labelled with a staff group, never a name', async () => {
    const { book } = await workbook();
    const [header, cluster] = rowsOf(book, 'Clusters');
    const value = (name: string) => cluster[header.indexOf(name)];
    expect(value('headline')).toBe('Care closer to home');
    expect(value('sub_points')).toBe('Fewer missed appointments\nTransport still matters');
    expect(value('quote')).toBe('Care closer to home, fewer missed appointments');
    expect(value('quote_label')).toBe('Nurse');
  });

  it('sums up the event, and counts the notes by staff group and sector', async () => {
    const { data, book } = await workbook();
    const summary = new Map(
      rowsOf(book, 'Summary')
        .slice(1)
        .map(([section, item, value]) => [`${section}/${item}`, value]),
    );
    // 7 participant notes: every group and sector has 1 to 4 of them, so each reads "<5".
    expect(data.notes.filter((n) => n.countsAsInput)).toHaveLength(7);
    expect(summary.get('Totals/Participant notes')).toBe(7);
    expect(summary.get('Notes by staff group/Nurse')).toBe('<5');
    expect(summary.get('Notes by sector/Community')).toBe('<5');
    expect(summary.get('Notes by source/Not recorded')).toBe(0);
    expect(summary.get('Export/Content hash')).toBe(data.contentHash);
  });

  it('shows each rated zone’s distribution and total as people may read them, and no mean beside a "<5"', async () => {
    const { book } = await workbook();
    const [header, ...rows] = rowsOf(book, 'Ratings');
    const rated = rows.find((r) => r[header.indexOf('scale')] === 5)!;
    // One participant rated 2; three typed in as 4: 0 / <5 / 0 / <5 / 0, rated by <5, and no mean.
    expect([1, 2, 3, 4, 5].map((v) => rated[header.indexOf(`rated_${v}`)])).toEqual([0, '<5', 0, '<5', 0]);
    expect(rated[header.indexOf('total')]).toBe('<5');
    expect(rated[header.indexOf('mean')]).toBeUndefined();
    expect(rated[header.indexOf('revealed')]).toBe(false);
  });
});
