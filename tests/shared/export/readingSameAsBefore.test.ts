import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../shared/export/canonicalJson';
import { findPii, findPiiEveryPattern } from '../../../shared/export/pii';
import { checkInputShape, SESSION_FILE_LIMITS } from '../../../shared/inputLimits';

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
