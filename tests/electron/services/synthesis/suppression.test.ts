import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { synthesisSheets } from '../../../../electron/services/synthesis/synthesisWorkbook';
import { notesCsv, votesCsv } from '../../../../shared/export/csv';
import type { SessionExport } from '../../../../shared/export/schema';
import { workbookSheets, type Sheet } from '../../../../shared/export/sheets';
import { sessionReportHtml } from '../../../../shared/report/sessionReport';
import { SynthesisBuilder } from '../../../../shared/synthesis/builder';
import { synthesisFiles } from '../../../../shared/synthesis/files';
import { shareableSynthesis, type ShareableSynthesis } from '../../../../shared/synthesis/shareable';
import { generatedExport } from '../../../../scripts/bench/synthesisData';
import { isSmall, recoverableCells, type ShownCell } from '../../../helpers/disclosure';
import { EVENT_A, EVENT_B } from '../../../shared/synthesis/handMade';

// Small counts cannot be shown, nor worked out from the figures beside them: checked on every
// shareable output of a session export (CSVs, workbook, report) and of a synthesis (JSON,
// counts CSV, workbook, report), by an attacker's arithmetic written apart from the code.

const OPTIONS = { generatedAt: '2026-11-02T09:00:00.000Z', appVersion: 'test' };
const rowsOf = (sheets: Sheet[], name: string) => {
  const sheet = sheets.find((s) => s.name === name)!;
  return sheet.rows.map((r) => Object.fromEntries(sheet.header.map((h, i) => [h, r[i]])));
};

/** Event A with the rating an organiser found: 15/24/15/9 beside a "<5", with its total and mean 3.18. */
const RATED: SessionExport = {
  ...EVENT_A,
  votes: [{ ...EVENT_A.votes[0], ratings: [{ ...EVENT_A.votes[0].ratings[0], distribution: [3, 15, 24, 15, 9] }] }],
};

function synthesised(files: readonly SessionExport[]) {
  const builder = new SynthesisBuilder();
  files.forEach((f, i) => builder.add(f, `${i}.json`));
  return builder;
}

/** Every count in the shareable synthesis with the total it adds up to. */
function listsOf(s: ShareableSynthesis): { name: string; cells: ShownCell[]; total: ShownCell }[] {
  const t = s.totals;
  const template = new Map(s.counts.template.map((r) => [r.code, r.count]));
  return [
    {
      name: 'notes by audience',
      cells: [t.notesByAudience.staff, t.notesByAudience.public],
      total: t.participantNotes,
    },
    ...(['staffGroup', 'sector', 'shift', 'template', 'table'] as const).map((k) => ({
      name: k,
      cells: s.counts[k].map((r) => r.count),
      total: t.participantNotes,
    })),
    ...(['participantsByStaffGroup', 'participantsBySector'] as const).map((k) => ({
      name: k,
      cells: s.counts[k].map((r) => r.count),
      total: t.participants,
    })),
    {
      name: 'dots by zone',
      cells: s.questions.flatMap((q) => [...q.dotsByZone.staff, ...q.dotsByZone.public].map((r) => r.count)),
      total: t.dots,
    },
    { name: 'rated by', cells: s.questions.flatMap((q) => q.ratings.map((r) => r.ratedBy)), total: t.ratings },
    ...s.questions.flatMap((q) => [
      { name: `${q.title}: notes`, cells: [q.notes.staff, q.notes.public], total: template.get(q.templateId)! },
      {
        name: `${q.title}: themes`,
        cells: [
          ...[...q.themes.staff, ...q.alsoRaised.staff, ...q.themes.public, ...q.alsoRaised.public].map(
            (th) => th.notes,
          ),
          // Every note is in a theme or "other": together they add up to the question's notes.
          q.other.staff,
          q.other.public,
        ],
        total: template.get(q.templateId)!,
      },
      ...q.ratings.map((r) => ({ name: `${q.title}: ${r.zoneLabel}`, cells: r.distribution, total: r.ratedBy })),
    ]),
  ];
}

/** No count shown is 1 to 4, and no withheld one can be worked out; no mean beside a withheld cell. */
function expectSafe(s: ShareableSynthesis) {
  for (const list of listsOf(s)) {
    expect([...list.cells, list.total].filter(isSmall), list.name).toEqual([]);
    expect(recoverableCells(list.cells, list.total), `${list.name}: ${JSON.stringify(list)}`).toEqual([]);
    // A withheld total is not given away by its cells adding up to it.
    if (typeof list.total === 'string' && list.total === '[c]')
      expect(
        list.cells.some((c) => typeof c === 'string'),
        list.name,
      ).toBe(true);
  }
  for (const q of s.questions) {
    for (const r of q.ratings)
      if (r.distribution.some((c) => typeof c === 'string') || typeof r.ratedBy === 'string') expect(r.mean).toBeNull();
    for (const th of [...q.themes.staff, ...q.themes.public, ...q.alsoRaised.staff, ...q.alsoRaised.public])
      expect(isSmall(th.dots)).toBe(false);
    expect(
      [
        ...q.stances.map((x) => x.count),
        q.ungrouped,
        q.unrevealed.dots,
        q.unrevealed.ratings,
        q.unrevealed.stances,
      ].filter(isSmall),
    ).toEqual([]);
  }
}

describe('small counts that cannot be undone by arithmetic', () => {
  it('reproduction: the Ratings sheet no longer gives the "<5" away with its total and mean (15/24/15/9, mean 3.18)', () => {
    const [row] = rowsOf(workbookSheets(RATED), 'Ratings');
    const cells = [1, 2, 3, 4, 5].map((v) => row[`rated_${v}`]);
    expect(cells).toEqual(['[c]', 15, 24, 15, '[c]']);
    expect(row.total).toBe(66);
    expect(row.mean).toBeNull();
    expect(recoverableCells(cells as ShownCell[], 66)).toEqual([]);
    // votes.csv and the event report show the same cells.
    const votes = parse(votesCsv(RATED), { bom: true, columns: true }) as Record<string, string>[];
    expect(votes.filter((v) => v.vote_type === 'rating').map((v) => v.count)).toEqual(['[c]', '15', '24', '15', '[c]']);
    expect(sessionReportHtml(RATED)).toContain('Barriers: rated by 66 (1: [c], 2: 15, 3: 24, 4: 15, 5: [c])');
    // And the synthesis: its JSON, workbook and report.
    const s = shareableSynthesis(synthesised([RATED]).result());
    expect(s.questions[0].ratings[0]).toMatchObject({
      distribution: ['[c]', 15, 24, 15, '[c]'],
      ratedBy: 66,
      mean: null,
    });
    const sheet = rowsOf(synthesisSheets(s, []), 'Ratings')[0];
    expect([1, 2, 3, 4, 5].map((v) => sheet[`Rated ${v}`])).toEqual(['[c]', 15, 24, 15, '[c]']);
    expect(sheet.Mean).toBeNull();
  });

  it('reproduction: the synthesis JSON and the merged notes CSV are suppressed; the raw files only when asked', () => {
    const builder = synthesised([EVENT_A, EVENT_B]);
    const files = synthesisFiles(builder.result(), builder.noteRows(), OPTIONS);
    expect(files.map((f) => f.name)).not.toContain('2026-11-02-raw-synthesis.json');
    const json = JSON.parse(files[0].content) as ShareableSynthesis & { raw: boolean };
    expect(json.raw).toBe(false);
    expect(json.totals.notesByAudience).toEqual({ staff: '[c]', public: '[c]' }); // 7 and 2 of 9: "<5" would be given away
    expectSafe(json);
    const [header, ...notes] = parse(files[1].content, { bom: true }) as string[][];
    expect(header).toEqual([
      'event_name',
      'event_date',
      'template_id',
      'exercise',
      'zone',
      'group',
      'audience',
      'is_quote',
      'text',
    ]);
    // Both audiences' counts are withheld ("[c]"), so their notes are too: counting rows would undo it.
    expect(notes).toEqual([]);
    const raw = synthesisFiles(builder.result(), builder.noteRows(), { ...OPTIONS, raw: true });
    expect(raw.map((f) => f.name).slice(4)).toEqual([
      '2026-11-02-raw-synthesis.json',
      '2026-11-02-raw-synthesis-notes.csv',
    ]);
    expect(JSON.parse(raw[4].content).totals.notesByAudience).toEqual({ staff: 7, public: 2 });
  });

  it('reproduction: the event report shows no rating or stance count of 1 to 4', () => {
    const html = sessionReportHtml(EVENT_A);
    expect(html).toContain('Barriers: rated by &lt;5 (1: 0, 2: &lt;5, 3: &lt;5, 4: 0, 5: 0)');
    expect(html).not.toMatch(/mean/);
  });

  it('property: over generated sessions, no count in a session’s shareable files is 1 to 4, and none can be worked out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 60 }), (seed, size) => {
        const data = generatedExport(seed, size);
        const notes = parse(notesCsv(data), { bom: true, columns: true }) as Record<string, string>[];
        const votes = parse(votesCsv(data), { bom: true, columns: true }) as Record<string, string>[];
        for (const v of [...notes.map((n) => n.dots), ...votes.map((v) => v.count)])
          expect(isSmall(Number(v))).toBe(false);
        const sheets = workbookSheets(data);
        for (const row of rowsOf(sheets, 'Ratings')) {
          const cells = Array.from({ length: Number(row.scale) }, (_, i) => row[`rated_${i + 1}`] as ShownCell);
          expect([...cells, row.total].filter(isSmall)).toEqual([]);
          expect(recoverableCells(cells, row.total as ShownCell)).toEqual([]);
          if (cells.some((c) => typeof c === 'string')) expect(row.mean).toBeNull();
        }
        const summary = rowsOf(sheets, 'Summary');
        const total = summary.find((r) => r.item === 'Participant notes')!.value as ShownCell;
        for (const section of ['Notes by staff group', 'Notes by sector', 'Notes by source']) {
          const cells = summary.filter((r) => r.section === section).map((r) => r.value as ShownCell);
          expect([...cells, total].filter(isSmall)).toEqual([]);
          expect(recoverableCells(cells, total), section).toEqual([]);
        }
        for (const row of rowsOf(sheets, 'Clusters')) expect(isSmall(row.notes)).toBe(false);
        // The report: no count cell or "rated by" reads 1 to 4.
        expect(sessionReportHtml(data)).not.toMatch(/<td class="n">[1-4]<\/td>|rated by [1-4]\b|\((?:[1-4])\)<\/h4>/);
      }),
      { numRuns: 60 },
    );
  });

  it('property: over generated syntheses, no shown count is 1 to 4, and no withheld count can be worked out from the figures beside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ seed: fc.integer({ min: 0, max: 10_000 }), size: fc.integer({ min: 1, max: 50 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        (events, hide) => {
          const files = events.map(({ seed, size }, i) => {
            const e = generatedExport(seed * 10 + i, size);
            return hide && i === 0 ? { ...e, votes: e.votes.map((v) => ({ ...v, revealed: false })) } : e;
          });
          const builder = synthesised(files);
          const out = synthesisFiles(builder.result(), builder.noteRows(), OPTIONS);
          const json = JSON.parse(out[0].content) as ShareableSynthesis;
          expectSafe(json);
          const counts = parse(out[2].content, { bom: true, columns: true }) as Record<string, string>[];
          expect(counts.filter((c) => isSmall(Number(c.count)))).toEqual([]);
          const sheets = synthesisSheets(json, builder.noteRows());
          for (const row of rowsOf(sheets, 'Themes')) expect(isSmall(row.Notes)).toBe(false);
          expect(out[3].content).not.toMatch(/<td class="n">[1-4]<\/td>/);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
