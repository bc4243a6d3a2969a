import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { contentHashOf, exportSessionDocument } from '../../../../electron/services/export/exportService';
import { canonicalJson } from '../../../../shared/export/canonicalJson';
import { piiFlagsOf } from '../../../../shared/export/review';
import type { SessionExport } from '../../../../shared/export/schema';
import { SCHEMA_FILE } from '../../../../scripts/lib/exportSchemaFiles';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../../fixtures/exportSession';
import { applied } from '../../../helpers/sessions';
import { operation } from '../../../../shared/operations/registry';
import type { NoteId } from '../../../../shared/ids';
import { createSampleSession } from '../../../../shared/sample/sampleSession';
import { loadTemplateLibrary } from '../../../../electron/services/templates/templateLibrary';
import { TEMPLATES_DIR } from '../../../helpers/services';

// The export as the services make it, checked by a real JSON Schema validator against the
// published schema file, and compared field by field with the session it came from.

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

function exported(doc = exportFixtureSession(), review: Record<string, 'redact' | 'keep'> | null = {}) {
  const result = exportSessionDocument(doc, { ...FIXTURE_EXPORT, review });
  return { result, data: JSON.parse(result.files[0].content) as SessionExport };
}

describe('session export', () => {
  it('validates against the published JSON Schema', () => {
    const { data } = exported();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the schema must reject (the validator is really checking)', () => {
    const { data } = exported();
    expect(validate({ ...data, schemaVersion: 2 })).toBe(false);
    expect(
      validate({ ...data, votes: [{ ...data.votes[0], dots: [{ noteId: 'note:n1', count: 1, participant: 1 }] }] }),
    ).toBe(false);
    expect(validate({ ...data, notes: [{ ...data.notes[0], kind: 'staff' }] })).toBe(false);
  });

  it('carries every note verbatim with its exercise, table, zone, cluster and metadata', () => {
    const doc = exportFixtureSession();
    const { data } = exported(doc);
    expect(data.notes.map((n) => n.id).sort()).toEqual(Object.keys(doc.notes).sort());
    for (const n of data.notes) {
      const source = doc.notes[n.id as NoteId];
      const board = doc.boards[source.boardId];
      expect(n).toMatchObject({
        text: source.text,
        boardId: source.boardId,
        exerciseId: board.exerciseId,
        tableId: board.tableId,
        zoneId: source.zoneId,
      });
      expect(n).toMatchObject({
        clusterId: source.clusterId,
        staffGroup: source.staffGroup,
        sector: source.sector,
        source: source.source,
      });
      expect(n).toMatchObject({
        isQuote: source.isQuote,
        severity: source.severity,
        tag: source.tag,
        kind: source.kind,
      });
      expect(n.zoneLabel).toBe(source.zoneId ? doc.zones[source.zoneId].label : null);
    }
    expect(data.notes.find((n) => n.id === 'note:ref1')).toMatchObject({ kind: 'reference', countsAsInput: false });
    expect(data.notes.filter((n) => n.countsAsInput)).toHaveLength(7);
  });

  it('gives clusters with their quote and notes, links, tables with their mix, exercises with boards', () => {
    const { data } = exported();
    expect(data.clusters).toEqual([
      {
        id: 'cluster:c1',
        boardId: 'board:t1',
        headline: 'Care closer to home',
        subPoints: ['Fewer missed appointments', 'Transport still matters'],
        quote: { noteId: 'note:n1', text: 'Care closer to home, fewer missed appointments' },
        noteIds: ['note:n1', 'note:n2'],
        size: 2,
        order: 0,
      },
    ]);
    expect(data.links).toEqual([{ id: 'link:l1', boardId: 'board:t1', fromNoteId: 'note:n3', toNoteId: 'note:n1' }]);
    expect(data.tables[0].mix).toEqual({
      staffGroups: { nurse: 3, doctor: 2, 'admin-manager': 1 },
      sectors: { acute: 2, community: 4 },
    });
    expect(data.exercises.map((e) => [e.title, e.boards.map((b) => [b.tableId, b.voting])])).toEqual([
      [
        'Benefits and risks',
        [
          ['table:t1', 'revealed'],
          ['table:t2', 'closed'],
        ],
      ],
      ['Digital first', [[null, 'open']]],
    ]);
    expect(data.templates).toEqual([
      { id: 'h2c.d2.ex1', version: 1 },
      { id: 'a2d.dg1', version: 2 },
    ]);
    expect(data.session).toEqual({
      id: 'session:leeds2026',
      createdAt: '2026-03-14T09:00:00.000Z',
      updatedAt: '2026-03-14T11:30:00.000Z',
      revision: 42,
    });
  });

  it('gives votes as tallies only, hidden ones marked unrevealed, and no participant numbers anywhere', () => {
    const { result, data } = exported();
    expect(data.votes).toEqual([
      {
        boardId: 'board:t1',
        exerciseId: 'exercise:e1',
        tableId: 'table:t1',
        revealed: true,
        dots: [
          { noteId: 'note:n1', count: 2 },
          { noteId: 'note:n3', count: 4 },
        ],
        ratings: [],
        stances: [],
      },
      {
        boardId: 'board:room',
        exerciseId: 'exercise:e2',
        tableId: null,
        revealed: false,
        dots: [],
        ratings: [{ zoneId: 'zone:r1', zoneLabel: 'Readiness', scale: 5, distribution: [0, 1, 0, 3, 0] }],
        stances: [
          { phase: 'before', option: 'For', count: 5 },
          { phase: 'before', option: 'Against', count: 0 },
          { phase: 'before', option: 'Unsure', count: 0 },
          { phase: 'after', option: 'For', count: 0 },
          { phase: 'after', option: 'Against', count: 0 },
          { phase: 'after', option: 'Unsure', count: 1 },
        ],
      },
    ]);
    expect(data.notes.find((n) => n.id === 'note:n1')?.dots).toBe(2);
    expect(result.files[0].content).not.toMatch(/"participant"\s*:|vote:d1/);
    for (const csv of result.files.slice(1)) expect(csv.content.split('\r\n')[0]).not.toMatch(/participant/);
  });

  it('hashes the canonical JSON of everything but the hash, so any change shows', () => {
    const { data } = exported();
    const { contentHash, ...rest } = data;
    expect(contentHash).toBe(contentHashOf(rest));
    expect(contentHashOf({ ...rest, notes: [{ ...rest.notes[1], text: 'changed' }, ...rest.notes.slice(2)] })).not.toBe(
      contentHash,
    );
    // Key order does not matter; content does.
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it('redacts only the spans the facilitator chose, in the copy only, and records counts not text', () => {
    let doc = exportFixtureSession();
    doc = applied(
      doc,
      operation('editNoteText', {
        noteId: 'note:n2' as NoteId,
        text: 'Email jo.bloggs@nhs.net or ring 07700 900123, NHS 943 476 5919',
      }),
    );
    const flags = piiFlagsOf(doc);
    expect(flags.map((f) => [f.kind, f.text])).toEqual([
      ['email', 'jo.bloggs@nhs.net'],
      ['phone', '07700 900123'],
      ['nhs-number', '943 476 5919'],
    ]);
    const review = { [flags[0].id]: 'keep', [flags[1].id]: 'redact', [flags[2].id]: 'redact' } as const;
    const { result, data } = exported(doc, review);
    expect(data.notes.find((n) => n.id === 'note:n2')?.text).toBe(
      'Email jo.bloggs@nhs.net or ring [redacted phone number], NHS [redacted NHS number]',
    );
    expect(data.piiCheck).toEqual({
      ran: true,
      checkedAt: '2026-03-14T12:00:00.000Z',
      redacted: { phone: 1, 'nhs-number': 1 },
      kept: { email: 1 },
    });
    expect(result.files.map((f) => f.content).join('')).not.toMatch(/07700 900123|943 476 5919/);
    expect(doc.notes['note:n2' as NoteId].text).toContain('07700 900123');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses an export whose review misses a flag, saying what to do', () => {
    let doc = exportFixtureSession();
    doc = applied(doc, operation('editNoteText', { noteId: 'note:n2' as NoteId, text: 'Dr Patel said so' }));
    expect(() => exported(doc, {})).toThrow(/1 possible personal detail was not reviewed.*Export session again/);
  });

  it('exports the first-run sample session (every shipped template it uses) as a valid file', async () => {
    const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
    const doc = createSampleSession(templates, '2026-03-14T09:00:00.000Z');
    const review = Object.fromEntries(piiFlagsOf(doc).map((f) => [f.id, 'redact' as const]));
    const { data } = exported(doc, review);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.notes).toHaveLength(Object.keys(doc.notes).length);
    expect(data.exercises).toHaveLength(Object.keys(doc.exercises).length);
  });

  it('records that no check ran when there was no review', () => {
    expect(exported(exportFixtureSession(), null).data.piiCheck).toEqual({
      ran: false,
      checkedAt: null,
      redacted: {},
      kept: {},
    });
  });
});
