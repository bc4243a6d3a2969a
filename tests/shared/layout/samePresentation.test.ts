import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samePresentationInput, type PresentationContent } from '../../../shared/layout/presentation';

// Presenter mode keeps its layout while the board's content reads the same (a note nudged, a
// vote cast), and must lay out again on any change the layout reads.

const id = fc.stringMatching(/^[a-z]{1,3}$/);
const content: fc.Arbitrary<PresentationContent> = fc.record({
  zones: fc.array(fc.record({ id, label: fc.string(), order: fc.integer() }), { maxLength: 4 }),
  notes: fc.array(fc.record({ id, zoneId: fc.option(id), text: fc.string(), clusterId: fc.option(id) }), {
    maxLength: 12,
  }),
  clusters: fc.array(fc.record({ id, headline: fc.string(), order: fc.integer() }), { maxLength: 4 }),
});
const copy = (c: PresentationContent): PresentationContent => structuredClone(c);

describe('samePresentationInput', () => {
  it('holds for the same content in fresh objects', () => {
    fc.assert(fc.property(content, (c) => samePresentationInput(c, copy(c))));
  });

  it('fails when any field the layout reads changes, or a record comes or goes', () => {
    const list = fc.constantFrom('zones', 'notes', 'clusters' as const);
    fc.assert(
      fc.property(content, list, fc.nat(), fc.string(), (c, which, at, value) => {
        const records = c[which] as unknown as Record<string, unknown>[];
        const changed = copy(c);
        if (records.length === 0) {
          (changed[which] as unknown[]).push(
            which === 'notes'
              ? { id: 'n', zoneId: null, text: '', clusterId: null }
              : { id: 'z', label: '', headline: '', order: 0 },
          );
        } else {
          const target = (changed[which] as unknown as Record<string, unknown>[])[at % records.length];
          const fields = Object.keys(target);
          const field = fields[at % fields.length];
          const before = target[field];
          target[field] = typeof before === 'number' ? before + 1 : `${String(before)}${value}x`;
        }
        expect(samePresentationInput(c, changed)).toBe(false);
      }),
    );
  });

  it('fails when the notes come in another order', () => {
    const a = { id: 'a', zoneId: null, text: 'A', clusterId: null };
    const b = { id: 'b', zoneId: null, text: 'B', clusterId: null };
    expect(
      samePresentationInput({ zones: [], clusters: [], notes: [a, b] }, { zones: [], clusters: [], notes: [b, a] }),
    ).toBe(false);
  });
});
