import type { Cell } from '../../../shared/export/csv';
import type { ExportFile } from '../../../shared/export/files';
import type { Sheet } from '../../../shared/export/sheets';
import { COUNTS_HEADER, countRows, SHARED_NOTES_HEADER, sharedNoteRow } from '../../../shared/synthesis/files';
import { shareableNotes, shareableSynthesis, type ShareableSynthesis } from '../../../shared/synthesis/shareable';
import type { MergedNote, Synthesis } from '../../../shared/synthesis/types';
import type { Coding } from '../../../shared/synthesis/coding';
import { CODEBOOK_HEADER, codebookRow } from '../../../shared/synthesis/outputs/codebook';
import { codedNoteRows, SHARED_CODED_NOTES_HEADER } from '../../../shared/synthesis/outputs/codedNotes';
import { CROSS_TABS_HEADER, crossTabRow } from '../../../shared/synthesis/outputs/crossTabs';
import { synthesisOutputs, type SynthesisOutputs } from '../../../shared/synthesis/outputs/outputs';
import { workbookBytes, XLSX_MEDIA_TYPE } from '../export/exportWorkbook';

/** The shareable analysis outputs as sheets: Codebook, Coded notes and Cross-tabs, as their CSVs. */
export function outputSheets(outputs: SynthesisOutputs): Sheet[] {
  return [
    { name: 'Codebook', header: CODEBOOK_HEADER, rows: outputs.codebook.map(codebookRow) },
    {
      name: 'Coded notes',
      header: SHARED_CODED_NOTES_HEADER,
      rows: codedNoteRows(outputs.codedNotes, SHARED_CODED_NOTES_HEADER),
    },
    { name: 'Cross-tabs', header: CROSS_TABS_HEADER, rows: outputs.crossTabs.map(crossTabRow) },
  ];
}

/**
 * The shareable synthesis as sheets: Summary, Themes (a row per theme and quote), Counts,
 * Ratings (per audience; no mean beside a withheld cell) and Notes (the shareable notes).
 */
export function synthesisSheets(synthesis: ShareableSynthesis, notes: readonly MergedNote[]): Sheet[] {
  const t = synthesis.totals;
  const summary: Cell[][] = [
    ['Events', t.events],
    ['Sessions', t.sessions],
    ['Tables', t.tables],
    ['People at the tables, where counted', t.participants],
    ['Participant notes', t.participantNotes],
    ['Staff notes', t.notesByAudience.staff],
    ['Public notes', t.notesByAudience.public],
    ['Dots (revealed)', t.dots],
    ['Ratings (revealed)', t.ratings],
    ['Votes not yet revealed, left out', t.unrevealedVotes],
    ['Duplicate files skipped', t.duplicatesSkipped],
    ['Possible personal details withheld until reviewed', synthesis.piiWithheld.length],
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
        th.notes,
        th.events,
        th.quotes[0]?.text ?? '',
        th.quotes[0]?.label ?? '',
      ]),
    ),
  );
  const ratings: Cell[][] = synthesis.questions.flatMap((q) =>
    q.ratings.map((r) => [
      q.title,
      r.audience,
      r.zoneLabel,
      r.scale,
      ...r.distribution,
      ...new Array<Cell>(10 - r.distribution.length).fill(null),
      r.ratedBy,
      r.mean,
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
      header: [
        'Question',
        'Audience',
        'Zone',
        'Scale',
        ...Array.from({ length: 10 }, (_, i) => `Rated ${i + 1}`),
        'Rated by',
        'Mean',
      ],
      rows: ratings,
    },
    { name: 'Notes', header: SHARED_NOTES_HEADER, rows: shareableNotes(synthesis, notes).map(sharedNoteRow) },
  ];
}

export async function synthesisWorkbook(
  synthesis: Synthesis,
  notes: readonly MergedNote[],
  generatedAt: string,
  coding?: Coding,
): Promise<ExportFile> {
  const sheets = synthesisSheets(shareableSynthesis(synthesis), notes);
  if (coding) sheets.push(...outputSheets(synthesisOutputs(synthesis, notes, coding)));
  const bytes = await workbookBytes(sheets, new Date(generatedAt));
  return {
    name: `${generatedAt.slice(0, 10)}-synthesis.xlsx`,
    mediaType: XLSX_MEDIA_TYPE,
    content: bytes.toString('base64'),
    encoding: 'base64',
  };
}
