import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSessionDocument, migrationsAreInOrder, SESSION_MIGRATIONS } from '../../shared/document/migrations';

const read = (name: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf-8'));
const fixture = () => read('session.v1.json');

describe('loading session files', () => {
  it('reads a version 1 file, keeping every record and filling in what version 2 added', () => {
    const loaded = loadSessionDocument(fixture());
    expect(loaded.ok, !loaded.ok ? loaded.error.message : '').toBe(true);
    if (!loaded.ok) return;
    const { doc, migratedFrom } = loaded.value;
    expect(migratedFrom).toBe(1);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.event.name).toBe('Change NHS: Leeds community event');
    expect(Object.keys(doc.notes)).toHaveLength(3);
    expect(doc.notes['note:n1']).toMatchObject({
      text: 'More time with patients at home — less rushing between wards',
      staffGroup: 'nurse',
      isQuote: false,
      clusterId: null,
      severity: null,
    });
    expect(doc.notes['note:ref1'].kind).toBe('reference');
    expect(doc.tables['table:t1'].mix).toEqual({ staffGroups: {}, sectors: {} });
    expect(doc.boards['board:b1']).toMatchObject({ locked: false, voting: 'closed' });
    expect(doc.exercises['exercise:e1']).toMatchObject({ plannedMinutes: null, voting: null, tags: [] });
    expect([doc.clusters, doc.links, doc.votes]).toEqual([{}, {}, {}]);
  });

  it('reads the version 2 fixture with its clusters, links, votes and table mix', () => {
    const loaded = loadSessionDocument(read('session.v2.json'));
    expect(loaded.ok, !loaded.ok ? loaded.error.message : '').toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.migratedFrom).toBeNull();
    const { doc } = loaded.value;
    expect(doc.clusters['cluster:c1']).toMatchObject({
      headline: 'Deeper relationships with patients',
      quoteNoteId: 'note:n1',
    });
    expect(Object.values(doc.notes).filter((n) => n.clusterId === 'cluster:c1')).toHaveLength(2);
    expect(
      Object.values(doc.votes)
        .map((v) => v.kind)
        .sort(),
    ).toEqual(['dot', 'dot', 'rating']);
    expect(doc.tables['table:t1'].mix.staffGroups).toEqual({ nurse: 3, doctor: 1 });
  });

  it('refuses a cluster whose quote is not one of its notes, and a link across boards', () => {
    const badQuote = read('session.v2.json');
    badQuote.clusters['cluster:c1'].quoteNoteId = 'note:n2';
    expect(loadSessionDocument(badQuote)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/clusters › cluster:c1 › quoteNoteId/) },
    });
    const badLink = read('session.v2.json');
    badLink.links['link:l1'].toNoteId = 'note:elsewhere';
    expect(loadSessionDocument(badLink)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/links › link:l1 › toNoteId/) },
    });
  });

  it('keeps the migration sequence numbered without gaps', () => {
    expect(migrationsAreInOrder()).toBe(true);
    expect(migrationsAreInOrder([...SESSION_MIGRATIONS, { from: 5, name: 'gap', up: (f) => f }])).toBe(false);
  });

  it('refuses a file from a newer Roundtable, saying to update', () => {
    const loaded = loadSessionDocument({ ...fixture(), schemaVersion: 99 });
    expect(loaded).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    expect(!loaded.ok && loaded.error.message).toMatch(/newer Roundtable.*Update/);
  });

  it.each([
    ['not an object', [1, 2], /not a JSON object/],
    ['another kind of file', { type: 'something.else', schemaVersion: 1 }, /not a Roundtable session/],
    [
      'a note pointing at a missing board',
      (() => {
        const f = fixture();
        f.notes['note:n1'].boardId = 'board:nope';
        return f;
      })(),
      /notes › note:n1 › boardId/,
    ],
    [
      'a key that is not its id',
      (() => {
        const f = fixture();
        f.tables['table:other'] = f.tables['table:t1'];
        return f;
      })(),
      /tables › table:other › id/,
    ],
    [
      'a prototype-polluting key',
      JSON.parse(
        readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'session.v1.json'), 'utf-8').replace(
          '"table:t1": {',
          '"__proto__": {"polluted": true}, "table:t1": {',
        ),
      ),
      /tables › __proto__/,
    ],
  ])('refuses %s with a message that says where', (_what, input, message) => {
    const loaded = loadSessionDocument(input);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
