import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSessionDocument, migrationsAreInOrder, SESSION_MIGRATIONS } from '../../shared/document/migrations';

const fixture = () => JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'session.v1.json'), 'utf-8'));

describe('loading session files', () => {
  it('reads the version 1 fixture with every record intact', () => {
    const loaded = loadSessionDocument(fixture());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.migratedFrom).toBeNull();
    expect(loaded.value.doc.event.name).toBe('Change NHS: Leeds community event');
    expect(Object.keys(loaded.value.doc.notes)).toHaveLength(3);
    expect(loaded.value.doc.notes['note:ref1'].kind).toBe('reference');
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
    ['a note pointing at a missing board', (() => { const f = fixture(); f.notes['note:n1'].boardId = 'board:nope'; return f; })(), /notes › note:n1 › boardId/],
    ['a key that is not its id', (() => { const f = fixture(); f.tables['table:other'] = f.tables['table:t1']; return f; })(), /tables › table:other › id/],
    ['a prototype-polluting key', JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'session.v1.json'), 'utf-8').replace('"table:t1": {', '"__proto__": {"polluted": true}, "table:t1": {')), /tables › __proto__/],
  ])('refuses %s with a message that says where', (_what, input, message) => {
    const loaded = loadSessionDocument(input);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
