import { notesCsv, votesCsv } from './csv';
import type { SessionExport } from './schema';

/** One file of an export, as the services hand it to the renderer to download or save. */
export interface ExportFile {
  name: string;
  mediaType:
    | 'application/json'
    | 'text/csv'
    | 'text/html'
    | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    | 'application/vnd.apache.parquet';
  /** The file's text, or its bytes in base64 when `encoding` says so (the workbook, the Parquet file). */
  content: string;
  encoding?: 'base64';
}

/** What came out of an export, for the renderer to offer and to announce. */
export interface ExportResult {
  files: ExportFile[];
  contentHash: string;
  participantNotes: number;
}

/** Text as a file-name part safe anywhere: lower case, ASCII letters and digits joined by hyphens. */
function slugOf(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * "2026-03-14-leeds-listening-event": the event's date and name, safe as a file name anywhere.
 * One table's export adds the table's name ("…-table-3"), so it never takes the whole session's name.
 */
export function exportBaseName(data: SessionExport): string {
  const slug = slugOf(data.event.name, 60);
  const date = data.event.date || data.exportedAt.slice(0, 10);
  const base = `${date}-${slug || 'session'}`;
  if (!data.scope) return base;
  const table = data.tables.find((t) => t.id === data.scope!.tableId);
  return `${base}-${slugOf(table?.name ?? '', 40) || 'table'}`;
}

/** The JSON export and its two CSVs. */
export function exportFiles(data: SessionExport): ExportFile[] {
  const base = exportBaseName(data);
  return [
    {
      name: `${base}.roundtable-export.json`,
      mediaType: 'application/json',
      content: JSON.stringify(data, null, 2) + '\n',
    },
    { name: `${base}-notes.csv`, mediaType: 'text/csv', content: notesCsv(data) },
    { name: `${base}-votes.csv`, mediaType: 'text/csv', content: votesCsv(data) },
  ];
}
