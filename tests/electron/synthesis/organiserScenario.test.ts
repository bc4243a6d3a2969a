import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasLibreOffice, runScenario, type ScenarioRun } from '../../../scripts/organiser/check';

/** A count as shown matches the hand count: the same number, "<5" for 1 to 4, or "[c]" (withheld beside a total). */
const shows = (shown: string | undefined, n: number) =>
  shown === '[c]' || shown === (n > 0 && n < 5 ? '<5' : String(n));

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
    });
    for (const [measure, n] of [
      ['Participant notes', e.participantNotes],
      ['Staff notes', e.staffNotes],
      ['Public notes', e.publicNotes],
      ['Dots (revealed)', e.dots],
      ['Ratings (revealed)', e.ratings],
    ] as const)
      expect(shows(run.summary[measure], n), `${measure}: ${run.summary[measure]} for ${n}`).toBe(true);
  });

  it('shows the hand-counted notes by staff group in the counts CSV, and no more notes rows than participant notes', () => {
    const shown = Object.fromEntries(
      Object.entries(run.counts)
        .filter(([k]) => k.startsWith('staff_group|'))
        .map(([k, v]) => [k.slice('staff_group|'.length), v]),
    );
    expect(Object.keys(shown).sort()).toEqual(Object.keys(run.expected.byStaffGroup).sort());
    for (const [code, n] of Object.entries(run.expected.byStaffGroup))
      expect(shows(shown[code], n), `${code}: ${shown[code]} for ${n}`).toBe(true);
    // The shareable notes CSV leaves out the notes of any withheld count, never adds one.
    if (run.noteRows !== null) expect(run.noteRows).toBeLessThanOrEqual(run.expected.participantNotes);
  });
});
