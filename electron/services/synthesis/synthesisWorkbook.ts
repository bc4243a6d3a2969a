import type { Cell } from '../../../shared/export/csv';
import type { ExportFile } from '../../../shared/export/files';
import type { Sheet } from '../../../shared/export/sheets';
import { COUNTS_HEADER, countRows, MERGED_NOTES_HEADER, mergedNoteRow } from '../../../shared/synthesis/files';
import { shownCount, type MergedNote, type Synthesis } from '../../../shared/synthesis/types';
import { workbookBytes, XLSX_MEDIA_TYPE } from '../export/exportWorkbook';

/** The synthesis as sheets: Summary, Themes (a row per theme and quote), Counts, Ratings, Notes. */
export function synthesisSheets(synthesis: Synthesis, notes: readonly MergedNote[]): Sheet[] {
  const t = synthesis.totals;
  const summary: Cell[][] = [
    ['Events', t.events],
    ['Sessions', t.sessions],
    ['Tables', t.tables],
    ['Participant notes', shownCount(t.participantNotes)],
    ['Staff notes', shownCount(t.notesByAudience.staff)],
    ['Public notes', shownCount(t.notesByAudience.public)],
    ['Dots', shownCount(t.dots)],
    ['Ratings', shownCount(t.ratings)],
    ['Duplicate files skipped', t.duplicatesSkipped],
  ];
  const themes: Cell[][] = synthesis.questions.flatMap((q) =>
    (['staff', 'public'] as const).flatMap((audience) =>
      [
        ...q.themes[audience].map((th) => ({ th, main: true })),
        ...q.alsoRaised[audience].map((th) => ({ th, main: false })),
      ].map(({ th, main }) => [
        q.title,
        audience,
        main ? 'theme' : 'also raised',
        th.headline,
        th.subPoints.join('\n'),
        shownCount(th.notes),
        th.events,
        th.quotes[0]?.text ?? '',
        th.quotes[0]?.label ?? '',
      ]),
    ),
  );
  const ratings: Cell[][] = synthesis.questions.flatMap((q) =>
    q.ratings.map((r) => [
      q.title,
      r.zoneLabel,
      r.scale,
      ...r.distribution.map(shownCount),
      r.mean === null ? null : Number(r.mean.toFixed(2)),
    ]),
  );
  return [
    { name: 'Summary', header: ['Measure', 'Value'], rows: summary },
    {
      name: 'Themes',
      header: ['Question', 'Audience', 'Kind', 'Headline', 'Sub-points', 'Notes', 'Events', 'Quote', 'Quote label'],
      rows: themes,
    },
    { name: 'Counts', header: COUNTS_HEADER, rows: countRows(synthesis) },
    {
      name: 'Ratings',
      header: ['Question', 'Zone', 'Scale', ...Array.from({ length: 10 }, (_, i) => `Rated ${i + 1}`), 'Mean'],
      rows: ratings.map((r) => padRating(r)),
    },
    { name: 'Notes', header: MERGED_NOTES_HEADER, rows: notes.map(mergedNoteRow) },
  ];
}

/** Ratings rows carry up to ten counts; shorter scales are padded so the mean stays in its column. */
function padRating(row: Cell[]): Cell[] {
  const scale = row[2] as number;
  const counts = row.slice(3, 3 + scale);
  return [...row.slice(0, 3), ...counts, ...new Array<Cell>(10 - counts.length).fill(null), row[3 + scale]];
}

export async function synthesisWorkbook(
  synthesis: Synthesis,
  notes: readonly MergedNote[],
  generatedAt: string,
): Promise<ExportFile> {
  const bytes = await workbookBytes(synthesisSheets(synthesis, notes), new Date(generatedAt));
  return {
    name: `${generatedAt.slice(0, 10)}-synthesis.xlsx`,
    mediaType: XLSX_MEDIA_TYPE,
    content: bytes.toString('base64'),
    encoding: 'base64',
  };
}
