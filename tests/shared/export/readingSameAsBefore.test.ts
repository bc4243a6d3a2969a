import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../shared/export/canonicalJson';
import { findPii, findPiiEveryPattern } from '../../../shared/export/pii';
import { checkInputShape, SESSION_FILE_LIMITS } from '../../../shared/inputLimits';
import { firstDifference } from '../../../shared/import/figures';

// Reading an export checks its shape, hashes its canonical JSON and scans its text for personal
// details. Each was made faster for synthesis at scale; these properties hold them to what they
// gave before, over generated input.

/** canonicalJson as first written: the content hash of every export ever made depends on these bytes. */
function canonicalJsonAsFirstWritten(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJsonAsFirstWritten(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonAsFirstWritten(v)}`).join(',')}}`;
}

const withUndefined = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.constant(undefined),
    fc.array(tie('value')),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value')),
    // Keys the engine orders itself (array indices come first, by number), and ones that are
    // not plain data: the native writer would give other bytes for these.
    fc.dictionary(fc.constantFrom('0', '1', '9', '10', '2a', 'a', '__proto__', 'toJSON'), tie('value')),
    fc.constant(new Date(0)),
    fc.constant({ toJSON: () => 'as text' }),
  ),
})).value;

describe('canonical JSON', () => {
  it('gives the same bytes as before for any JSON value, keys in any order and any script', () => {
    fc.assert(
      fc.property(withUndefined, (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonAsFirstWritten(value));
      }),
      { numRuns: 500 },
    );
  });

  it('still refuses a number that is not finite, at any depth', () => {
    expect(() => canonicalJson({ a: [1, { b: Number.NaN }] })).toThrow(/finite/);
    expect(() => canonicalJson(Infinity)).toThrow(/finite/);
  });
});

describe('the personal-data scan', () => {
  // Texts built from the pieces every pattern looks for, so matches are common.
  const piece = fc.constantFrom(
    'Dr ',
    'dr smith',
    'Nurse Amara ',
    'MR KHAN',
    'Sister ',
    'Prof. ',
    'patel',
    'O’Brien',
    '@',
    'a.b@nhs.net',
    '0161 496 0000',
    '+44 (0)20 7946 0958',
    '943 476 5919',
    '9434765919',
    'LS1 4AB',
    'sw1a1aa',
    'EC1V',
    'CO2',
    ' ',
    '\t',
    '.',
    '-',
    '0',
    '7',
    'staffing',
    'the ward',
  );
  const text = fc.oneof(
    fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
    fc.string({ unit: 'grapheme' }),
  );

  it('finds exactly what running every pattern on every text finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findPii(t)).toEqual(findPiiEveryPattern(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('still finds a name after a title and a phone number in a note with no other digits', () => {
    expect(findPii('Ask Dr Patel').map((s) => s.kind)).toEqual(['name']);
    expect(findPii('ring 0161 496 0000').map((s) => s.kind)).toEqual(['phone']);
  });
});

describe('the shape check', () => {
  it('names the place of a bad value as before', () => {
    const bad = { notes: [{ text: 'ok' }, { text: 'x'.repeat(SESSION_FILE_LIMITS.stringLength + 1) }] };
    const checked = checkInputShape(bad, SESSION_FILE_LIMITS, 'The file');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.message).toContain('notes › 1 › text: text longer than');
    const deep = checkInputShape({ a: { b: { c: 1 } } }, { ...SESSION_FILE_LIMITS, depth: 2 }, 'The file');
    expect(!deep.ok && deep.error.message).toContain('a › b: nested deeper than 2 levels');
    const proto = checkInputShape(JSON.parse('{"a":[{"__proto__":1}]}'), SESSION_FILE_LIMITS, 'The file');
    expect(!proto.ok && proto.error.message).toContain('a › 0 › __proto__: a key that is not allowed');
    const empty = checkInputShape({ '': 'x'.repeat(SESSION_FILE_LIMITS.stringLength + 1) }, SESSION_FILE_LIMITS, 'F');
    expect(!empty.ok && empty.error.message).toBe('F is not valid: : text longer than 20,000 characters.');
    const top = checkInputShape(Number.NaN, SESSION_FILE_LIMITS, 'F');
    expect(!top.ok && top.error.message).toBe('F is not valid: the top level: must be a finite number.');
  });
});

/** The figures check's comparison as first written: a path array for every value visited. */
function firstDifferenceAsFirstWritten(stated: unknown, derived: unknown, path: string[]): string | null {
  if (Object.is(stated, derived)) return null;
  if (typeof stated === 'object' && stated !== null && typeof derived === 'object' && derived !== null) {
    const keys = new Set([...Object.keys(stated), ...Object.keys(derived)]);
    for (const key of keys) {
      const found = firstDifferenceAsFirstWritten(
        (stated as Record<string, unknown>)[key],
        (derived as Record<string, unknown>)[key],
        [...path, key],
      );
      if (found) return found;
    }
    return null;
  }
  const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
  return `${path.join(' › ')}: the file says ${shown(stated)}, its records give ${shown(derived)}`;
}

describe('the stated figures compared with the records', () => {
  it('finds the same first difference, at the same path, as the comparison first written', () => {
    const value = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(0, -0, 1, 2, 'a', 'b', true, null, NaN),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'length', 'constructor', '0'), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    // Pairs that mostly agree, so the difference is found deep down (or not at all).
    const pair = value.chain((a) => fc.tuple(fc.constant(a), fc.oneof(fc.constant(structuredClone(a)), value)));
    fc.assert(
      fc.property(pair, ([stated, derived]) => {
        expect(firstDifference(stated, derived, ['notes'])).toBe(
          firstDifferenceAsFirstWritten(stated, derived, ['notes']),
        );
      }),
      { numRuns: 500 },
    );
  });
});
