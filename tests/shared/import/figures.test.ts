import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHashOf } from '../../../electron/services/export/exportService';
import { checkedExportText } from '../../../electron/services/import/exportFileCheck';
import type { SessionExport } from '../../../shared/export/schema';
import { figuresProblem, rederived } from '../../../shared/import/figures';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { buildSession, exportOf, sessionSpec, type TableSpec } from '../../helpers/generatedSessions';

// Files that lie about their figures and were hashed again, so the content hash matches: each
// door (session import, table merge, synthesis) reads through checkedExportText, which must
// refuse them, naming the file, the field and both values.

/** `data` changed by `edit` and hashed again, as anyone with the file could. */
function rehashed(data: SessionExport, edit: (d: SessionExport) => void): string {
  const copy = structuredClone(data);
  edit(copy);
  const { contentHash: _old, ...unhashed } = copy;
  return JSON.stringify({ ...unhashed, contentHash: contentHashOf(unhashed) });
}

const note = (text: string) => ({ text, zone: 0, staffGroup: 'nurse' as const, source: 'staff' as const });
const board = { notes: [], groups: [], dots: [], ratings: [], stances: [], links: [], voting: 'revealed' as const };
const table: TableSpec = {
  participantCount: 6,
  boards: [
    { ...board, notes: [note('Rotas'), note('Parking'), note('Cover')], groups: [[0, 1]], dots: [[0, 3]] },
    { ...board, ratings: [[0, 4, 2]] },
    board,
  ],
};
const data = exportOf(buildSession([table], 'Leeds listening event'));
const participant = data.notes.findIndex((n) => n.kind === 'participant' && n.dots === 3);
const reference = data.notes.findIndex((n) => n.kind === 'reference');

function refusal(edit: (d: SessionExport) => void): string {
  const read = checkedExportText(rehashed(data, edit), 'leeds.roundtable-export.json');
  expect(read.ok).toBe(false);
  return read.ok ? '' : read.error.message;
}

describe('an export whose figures disagree with its records', () => {
  it('is read as it is when nothing was changed', () => {
    expect(
      checkedExportText(
        rehashed(data, () => {}),
        'leeds.json',
      ).ok,
    ).toBe(true);
  });

  it('is refused for dots a note never received, naming the file, the field and both values', () => {
    expect(refusal((d) => (d.notes[participant].dots = 99))).toMatch(
      new RegExp(
        `^"leeds\\.roundtable-export\\.json" states figures .*notes › ${participant} › dots: the file says 99, its records give 3`,
      ),
    );
  });

  it('is refused for a reference card counted as staff input', () => {
    expect(refusal((d) => (d.notes[reference].countsAsInput = true))).toMatch(
      new RegExp(
        `notes › ${reference} › countsAsInput: the file says true, its records give false \\(a reference card is never staff input\\)`,
      ),
    );
  });

  it('is refused for a rating of a zone that does not exist', () => {
    expect(
      refusal((d) => {
        const block = d.votes.find((v) => v.ratings.length > 0)!;
        block.ratings[0].zoneId = 'zone:nowhere';
      }),
    ).toMatch(/votes › \d+ › ratings › 0 › zoneId: zone:nowhere is not a zone of board/);
  });

  it('is refused for a "verbatim" quote nobody wrote', () => {
    expect(
      refusal((d) => {
        d.clusters[0].quote = { ...d.clusters[0].quote!, text: 'Words nobody wrote' };
      }),
    ).toMatch(/clusters › 0 › quote › text: the file says "Words nobody wrote", its records give "(Rotas|Parking)"/);
  });

  it('is refused for a group size or zone label it was not given', () => {
    expect(refusal((d) => (d.clusters[0].size = 40))).toMatch(
      /clusters › 0 › size: the file says 40, its records give 2/,
    );
    expect(refusal((d) => (d.notes[participant].zoneLabel = 'Invented zone'))).toMatch(
      /zoneLabel: the file says "Invented zone", its records give "Potential benefits"/,
    );
  });
});

describe('working the figures out again', () => {
  it('gives back every export Roundtable makes, and doing it twice is doing it once', () => {
    fc.assert(
      fc.property(sessionSpec, (spec) => {
        const made = exportOf(buildSession(spec));
        expect(figuresProblem(made)).toBeNull();
        expect(rederived(made)).toEqual(made);
        expect(rederived(rederived(made))).toEqual(rederived(made));
      }),
      { numRuns: 30 },
    );
  });

  it('is idempotent for a file with any note’s dots, group’s size or quote changed, and names what changed', () => {
    fc.assert(
      fc.property(sessionSpec, fc.nat(), fc.integer({ min: 1, max: 500 }), (spec, pick, value) => {
        const made = exportOf(buildSession(spec));
        fc.pre(made.notes.length > 0);
        const lying = structuredClone(made);
        const i = pick % lying.notes.length;
        fc.pre(lying.notes[i].dots !== value);
        lying.notes[i].dots = value;
        expect(rederived(rederived(lying))).toEqual(rederived(lying));
        expect(rederived(lying)).toEqual(made);
        expect(figuresProblem(lying)).toContain(`notes › ${i} › dots: the file says ${value}`);
      }),
      { numRuns: 30 },
    );
  });
});

describe('the exports kept as test data', () => {
  it('all pass the full check, figures included', () => {
    const dir = path.join(import.meta.dirname, '..', '..', 'fixtures', 'themes', 'exports');
    const refused = readdirSync(dir)
      .map((name) => checkedExportText(readFileSync(path.join(dir, name), 'utf8'), name))
      .filter((r) => !r.ok);
    expect(refused.map((r) => !r.ok && r.error.message)).toEqual([]);
  });
});

describe('the synthesis, handed a file directly', () => {
  it('counts from the records, never the stated figures', () => {
    const lying = structuredClone(data);
    lying.notes[participant].dots = 99;
    lying.notes[reference].countsAsInput = true;
    const builder = new SynthesisBuilder();
    builder.add(lying, 'lying.json');
    const honest = new SynthesisBuilder();
    honest.add(data, 'honest.json');
    expect(builder.result().totals.participantNotes).toBe(data.notes.filter((n) => n.kind === 'participant').length);
    expect(builder.noteRows().map((r) => r.dots)).toEqual(honest.noteRows().map((r) => r.dots));
    expect(builder.result().questions).toEqual(honest.result().questions);
  });
});
