import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '../../../shared/export/files';

/**
 * "Export merged data" as one zip, `<date>-<project>-merged-data.zip`: a browser blocks a burst
 * of a dozen downloads (and the desktop app would ask where to save each), so the synthesis's
 * files (docs/SYNTHESIS-FILES.md) go in together.
 */
export function mergedDataZip(files: readonly ExportFile[], projectName: string, date: string) {
  const slug =
    projectName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'synthesis';
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const file of files) {
    const bytes =
      file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : strToU8(file.content);
    // The workbook and the Parquet file are compressed already: stored, they cost no time.
    entries[file.name] = [bytes, { level: /\.(xlsx|parquet)$/.test(file.name) ? 0 : 6 }];
  }
  return { name: `${date}-${slug}-merged-data.zip`, bytes: zipSync(entries) };
}
