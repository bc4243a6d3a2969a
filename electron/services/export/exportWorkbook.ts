import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { exportBaseName, type ExportFile } from '../../../shared/export/files';
import type { SessionExport } from '../../../shared/export/schema';
import { workbookSheets, type Sheet } from '../../../shared/export/sheets';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The export as an Excel workbook (Summary, Notes, Clusters, Votes, Ratings).
 */
export async function workbookFile(data: SessionExport): Promise<ExportFile> {
  const bytes = await workbookBytes(workbookSheets(data), new Date(data.exportedAt));
  return {
    name: `${exportBaseName(data)}.xlsx`,
    mediaType: XLSX_MEDIA_TYPE,
    content: bytes.toString('base64'),
    encoding: 'base64',
  };
}

/**
 * A workbook of `sheets`, written with ExcelJS's streaming writer, row by row, so a large
 * dataset does not build a whole spreadsheet model first. Cells hold typed values (text,
 * numbers, true/false), never formulas, so text that starts with "=" stays text without the
 * CSV's protective apostrophe.
 */
export async function workbookBytes(sheets: readonly Sheet[], created: Date): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Roundtable';
  workbook.created = created;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.header.map((header, i) => ({
      header,
      width: Math.min(
        60,
        Math.max(8, header.length + 2, ...sheet.rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 2)),
      ),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row).commit();
    worksheet.commit();
  }
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
