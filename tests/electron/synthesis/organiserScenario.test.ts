import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasLibreOffice, runScenario, type ScenarioRun } from '../../../scripts/organiser/check';
import { shownCount } from '../../../shared/synthesis/types';

// The organiser's day end to end: three events' exports (the first with two tables merged in
// from laptops, whose own exports sit in the same folder), the command line, and the results
// opened in headless LibreOffice. Every count LibreOffice shows must equal the hand count made
// from the sessions' own records. .ci/run installs LibreOffice Calc; without it this cannot run.

let dir: string;
let run: ScenarioRun;

describe.skipIf(!hasLibreOffice())('an organiser’s synthesis, opened in LibreOffice', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-organiser-'));
    run = await runScenario(dir);
  }, 600_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads every file, counting the laptops’ tables once and saying so', () => {
    expect(run.cli.status).toBe(0);
    expect(run.files).toHaveLength(5);
    expect(run.cli.stdout).toMatch(/Synthesised 3 session exports .* from 3 events\); 2 files skipped/);
    expect(run.cli.stdout).toMatch(
      /table-3\.roundtable-export\.json: \d+ notes, .* already read from 2026-11-20-leeds-listening-event/,
    );
  });

  it('shows the hand-counted totals in the workbook’s Summary sheet', () => {
    const e = run.expected;
    expect(run.summary).toMatchObject({
      Events: String(e.events),
      Sessions: String(e.events),
      Tables: String(e.tables),
      'Participant notes': shownCount(e.participantNotes),
      'Staff notes': shownCount(e.staffNotes),
      'Public notes': shownCount(e.publicNotes),
      Dots: shownCount(e.dots),
      Ratings: shownCount(e.ratings),
    });
  });

  it('shows the hand-counted notes by staff group in the counts CSV, and one notes row per participant note', () => {
    const shown = Object.fromEntries(
      Object.entries(run.counts)
        .filter(([k]) => k.startsWith('staff_group|'))
        .map(([k, v]) => [k.slice('staff_group|'.length), v]),
    );
    const expected = Object.fromEntries(Object.entries(run.expected.byStaffGroup).map(([k, n]) => [k, shownCount(n)]));
    expect(shown).toEqual(expected);
    if (run.noteRows !== null) expect(run.noteRows).toBe(run.expected.participantNotes);
  });
});
