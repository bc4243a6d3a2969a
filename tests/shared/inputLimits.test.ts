import { describe, expect, it } from 'vitest';
import {
  API_CALL_LIMITS,
  checkInputShape,
  parseJsonInput,
  SESSION_FILE_LIMITS,
  type InputLimits,
} from '../../shared/inputLimits';
import { findDangerousKey } from '../../shared/validation';

const SMALL: InputLimits = { bytes: 1_000, depth: 4, values: 50, stringLength: 10, entries: 5 };

describe('the shape check every outside input passes first', () => {
  it('accepts plain JSON within the limits', () => {
    expect(checkInputShape({ a: [1, 'two', null, true, { b: 'x' }] }, SMALL, 'The input').ok).toBe(true);
  });

  it.each([
    ['nested too deep', [[[[[1]]]]], /not valid: 0 › 0 › 0 › 0: nested deeper than 4 levels/],
    ['a string too long', { name: 'x'.repeat(11) }, /name: text longer than 10 characters/],
    ['too many items in a list', { list: [1, 2, 3, 4, 5, 6] }, /list: a list of more than 5 items/],
    ['too many keys', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, /the top level: more than 5 entries/],
    [
      'too many values overall',
      [
        [1, 2, 3, 4, 5],
        [1, 2, 3, 4, 5],
        [1, 2, 3, 4, 5],
        [1, 2, 3, 4, 5],
        [1, 2, 3, 4, 5],
      ].map((a) => a.map((n) => [n, n, n])),
      /too large: it holds more than 50 values/,
    ],
    [
      'a __proto__ key',
      JSON.parse('{"a": {"__proto__": {"polluted": true}}}'),
      /a › __proto__: a key that is not allowed/,
    ],
    ['a constructor key', { constructor: { prototype: {} } }, /constructor: a key that is not allowed/],
    ['a value that is not JSON', { when: new Date(0) }, /when: only plain JSON values are allowed/],
    ['a number that is not finite', { x: Number.NaN }, /x: must be a finite number/],
  ])('refuses %s, saying where', (_what, value, says) => {
    const checked = checkInputShape(value, SMALL, 'The input');
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(says) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('walks a hostile depth without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(checkInputShape(deep, API_CALL_LIMITS, 'The call').ok).toBe(false);
    expect(findDangerousKey(deep)).toBeNull();
  });

  it('tells an empty, a cut-short and a non-JSON file apart', () => {
    const said = (text: string) => {
      const parsed = parseJsonInput(text, SESSION_FILE_LIMITS, 'The file');
      return parsed.ok ? 'ok' : parsed.error.message;
    };
    expect(said('  ')).toMatch(/The file is empty/);
    expect(said('{"type": "roundtable.ses')).toMatch(/damaged: it is not valid JSON \(it looks cut short\)/);
    expect(said('<html>')).toMatch(/damaged: it is not valid JSON\. /);
    expect(parseJsonInput('x'.repeat(2_000), SMALL, 'The file')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/too large/) },
    });
    expect(said('{"ok": true}')).toBe('ok');
  });
});
