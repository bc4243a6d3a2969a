import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSessionDocument } from '../../../electron/services/export/exportService';
import { workbookFile } from '../../../electron/services/export/exportWorkbook';
import { csvCell, unprotectCell } from '../../../shared/export/csv';
import type { SessionExport } from '../../../shared/export/schema';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../fixtures/exportSession';
import ExcelJS from 'exceljs';

// The characters the XLSX writer (ExcelJS) drops because XML cannot hold them: C0 controls but
// tab, line feed and carriage return, and DEL. The CSVs must not carry them either: NUL ends
// a string in many C readers, and the others corrupt what a spreadsheet shows.
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const HOSTILE = 'Staff\u0000 shortages\u0007 on\u001B[31m nights\u007F\u000B\u000C end';
const CLEAN = 'Staff shortages on[31m nights end';

const read = (csv: string) =>
  parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];

describe('control characters in the CSVs', () => {
  it('a note with NUL and other control characters reaches notes.csv without them, as in the workbook', async () => {
    const doc = exportFixtureSession();
    doc.notes['note:n6'] = { ...doc.notes['note:n6'], text: HOSTILE };
    const result = exportSessionDocument(doc, { ...FIXTURE_EXPORT, review: {} });
    const [json, notes] = result.files;
    expect(notes.content).not.toMatch(DROPPED);
    const row = read(notes.content).find((r) => r.note_id === 'note:n6')!;
    expect(row.text).toBe(CLEAN);

    // The workbook shows the same text for the note.
    const data = JSON.parse(json.content) as SessionExport;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((await workbookFile(data)).content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Notes')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const found = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(header.indexOf('note_id')).text === 'note:n6')!;
    expect(found.getCell(header.indexOf('text')).text).toBe(CLEAN);
  });

  it('any text: no dropped character in the cell, and it reads back as the text without them', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\u0000', '\t', '\n', '\r', '"', ',', '=', '\u007F', '\u001F'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      // (A text that itself starts with an apostrophe and "=" is the apostrophe rule's one ambiguity.)
      fc.property(
        text.filter((v) => !/^'[=+\-@\t\r]/.test(v.replace(new RegExp(DROPPED.source, 'g'), ''))),
        (value) => {
          const cell = csvCell(value);
          expect(cell).not.toMatch(DROPPED);
          const [[back]] = parse(`${cell}\r\n`, { record_delimiter: '\r\n' }) as string[][];
          expect(unprotectCell(back)).toBe(value.replace(new RegExp(DROPPED.source, 'g'), ''));
        },
      ),
      { numRuns: 500 },
    );
  });
});
