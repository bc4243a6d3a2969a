import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DANGEROUS_KEYS, parseJsonInput, SESSION_FILE_LIMITS } from '../../shared/inputLimits';
import { countKeys, countMembers, findRepeatedKey, parseStrictJson } from '../../shared/strictJson';

const LIMITS = { ...SESSION_FILE_LIMITS, depth: 64 };
/** JSON values without __proto__, constructor or prototype keys: those are refused for a reason of their own. */
const value = (maxDepth: number) =>
  fc.jsonValue({ maxDepth }).filter((v) => ![...DANGEROUS_KEYS].some((k) => JSON.stringify(v).includes(`"${k}":`)));
const key = fc.string({
  unit: fc.constantFrom('a', 'b', 'é', ':', '"', '\\', '{', ',', ' ', '\n', '😀'),
  maxLength: 6,
});
/** Writes a key as another program might, escapes and all: "\u0061" is the key "a". */
const escaped = (k: string) =>
  `"${k
    .split('')
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}"`;

/** An object text with `dup` written twice, wrapped in lists and objects; with the path to it. */
const withRepeatedKey = fc
  .record({
    members: fc.uniqueArray(fc.tuple(key, value(2)), {
      minLength: 1,
      maxLength: 5,
      selector: ([k]) => k,
    }),
    pick: fc.nat(),
    again: value(1),
    spelled: fc.boolean(),
    wrapping: fc.array(fc.oneof(fc.record({ list: fc.array(value(1), { maxLength: 3 }) }), fc.record({ key })), {
      maxLength: 4,
    }),
  })
  .map(({ members, pick, again, spelled, wrapping }) => {
    const [dup] = members[pick % members.length];
    const parts = members.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    parts.splice(
      pick % (parts.length + 1),
      0,
      `${spelled ? escaped(dup) : JSON.stringify(dup)}: ${JSON.stringify(again)}`,
    );
    let text = `{${parts.join(',')}}`;
    const path: (string | number)[] = [];
    for (const wrap of wrapping) {
      if ('list' in wrap) {
        text = `[${[...wrap.list.map((v) => JSON.stringify(v)), text].join(', ')}]`;
        path.unshift(wrap.list.length);
      } else {
        text = `{${JSON.stringify(wrap.key)} : ${text}}`;
        path.unshift(wrap.key);
      }
    }
    return { text, path, dup };
  });

describe('JSON with a key repeated in one object is refused', () => {
  it('any JSON without repeats: accepted, the same value as JSON.parse, as many members as keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(countMembers(text)).toBe(countKeys(JSON.parse(text)));
        const parsed = parseStrictJson(text, 'The frame');
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('any repeat, however deep and however spelled: refused, saying which key and where', () => {
    fc.assert(
      fc.property(withRepeatedKey, ({ text, path, dup }) => {
        expect(() => JSON.parse(text)).not.toThrow(); // JSON.parse alone would take it, last one winning.
        expect(findRepeatedKey(text)).toEqual({ path, key: dup });
        const strict = parseStrictJson(text, 'The frame');
        expect(strict.ok).toBe(false);
        if (!strict.ok)
          expect(strict.error.message).toContain(`the key ${JSON.stringify(dup.slice(0, 80))} appears twice`);
        const file = parseJsonInput(text, LIMITS, 'The file');
        expect(file.ok).toBe(false);
        if (!file.ok) expect(file.error.message).toMatch(/appears twice in one object/);
      }),
      { numRuns: 1000 },
    );
  });

  it('a session file whose note has two texts: refused, the message names the note and what to do', () => {
    const text = '{"notes":{"note:a1":{"id":"note:a1","text":"Good idea","x":1,"text":"Bad idea"}}}';
    const parsed = parseJsonInput(text, SESSION_FILE_LIMITS, 'The file of session session:abc');
    expect(parsed).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'The file of session session:abc is not valid: notes › note:a1: the key "text" appears twice in one object. ' +
          'Programs disagree on which of the two counts, so Roundtable does not use it: remove one of them.',
      },
    });
  });

  it('colons, quotes and backslashes inside strings are not members', () => {
    const text = String.raw`{"a:b":"x\":y","c":"\\","d":["::",{"e\\\"":":"}]}`;
    expect(countMembers(text)).toBe(4);
    expect(parseStrictJson(text, 'x').ok).toBe(true);
  });
});
