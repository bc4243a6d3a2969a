import { zipSync, strToU8 } from 'fflate';
import type { ExportResult } from '../../../shared/export/files';
import type { SessionExport } from '../../../shared/export/schema';
import { sessionReportHtml } from '../../../shared/report/sessionReport';
import { boardImages } from './boardImages';

/** The event pack's bytes and name: one zip of everything a session's export gives, its board pictures and its report. */
export interface EventPack {
  name: string;
  bytes: Uint8Array;
  boards: number;
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * "Export event pack": the export's files (JSON, CSVs, workbook) as the services made them,
 * after the PII review, plus a PNG of every board and the printable report, both drawn from
 * that same export so redactions hold everywhere. Zipped here, in the window.
 */
export async function eventPackOf(
  result: ExportResult,
  printPdf: (html: string) => Promise<string | null>,
): Promise<EventPack> {
  const json = result.files.find((f) => f.mediaType === 'application/json')!;
  const data = JSON.parse(json.content) as SessionExport;
  const base = json.name.replace(/\.roundtable-export\.json$/, '');
  const entries: Record<string, Uint8Array> = {};
  for (const file of result.files)
    entries[file.name] = file.encoding === 'base64' ? fromBase64(file.content) : strToU8(file.content);
  const report = sessionReportHtml(data);
  entries[`${base}-report.html`] = strToU8(report);
  // The desktop app prints it to PDF as well; browser mode leaves that to the browser's Print.
  const pdf = await printPdf(report);
  if (pdf) entries[`${base}-report.pdf`] = fromBase64(pdf);
  const images = await boardImages(data);
  for (const image of images) entries[image.name] = image.bytes;
  // PNGs and the workbook are compressed already; storing them saves time for no loss.
  const bytes = zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, b]) => [name, [b, { level: /\.(png|xlsx)$/.test(name) ? 0 : 6 }]]),
    ),
  );
  return { name: `${base}-event-pack.zip`, bytes, boards: images.length };
}
