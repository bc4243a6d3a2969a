import { fail, ok, type Result } from './result';

// JSON from outside with no key repeated in any object. JSON.parse keeps the last of a
// repeated key and says nothing, while another reader may keep the first: the same file
// would then mean two things (a note's text, say). Checking costs one lexical pass over the
// text, not a second parse: in valid JSON every colon outside a string separates one
// key from its value, so the text has exactly as many members as the parsed objects have
// keys unless some key was repeated. Only then is the text walked again, to say where.

/** The position just after the string that opens at `quote` (an index of `"`). */
function endOfString(text: string, quote: number): number {
  let from = quote + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close === -1) return text.length;
    let slashes = 0;
    while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return close + 1;
    from = close + 1;
  }
}

/** How many key: value members the JSON text holds: the colons outside its strings. Linear in the text. */
export function countMembers(text: string): number {
  let members = 0;
  let quote = text.indexOf('"');
  let colon = text.indexOf(':');
  // Each search starts where the last one of its kind stopped, so no character is read twice.
  while (colon !== -1) {
    if (quote === -1 || colon < quote) {
      members++;
      colon = text.indexOf(':', colon + 1);
      continue;
    }
    const after = endOfString(text, quote);
    quote = text.indexOf('"', after);
    if (colon < after) colon = text.indexOf(':', after);
  }
  return members;
}

/** The keys of every object in a parsed value, counted without recursion. */
export function countKeys(value: unknown): number {
  let keys = 0;
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (const item of current) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(current)) {
      keys++;
      const item = (current as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return keys;
}

/** Where a key is repeated: the path to its object (keys and list positions) and the key. */
export interface RepeatedKey {
  path: (string | number)[];
  key: string;
}

type Open = { keys: Set<string>; key: string | null; expectingKey: boolean } | { index: number };

/** The first key repeated within one object of a valid JSON text, or null when none is. */
export function findRepeatedKey(text: string): RepeatedKey | null {
  const open: Open[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    const top = open[open.length - 1];
    if (c === '"') {
      const end = endOfString(text, at);
      if (top && 'keys' in top && top.expectingKey) {
        const key = JSON.parse(text.slice(at, end)) as string; // Decodes escapes: "a" and "\u0061" are one key.
        if (top.keys.has(key)) return { path: open.slice(0, -1).map((o) => ('keys' in o ? o.key! : o.index)), key };
        top.keys.add(key);
        top.key = key;
      }
      at = end - 1;
    } else if (c === '{') open.push({ keys: new Set(), key: null, expectingKey: true });
    else if (c === '[') open.push({ index: 0 });
    else if (c === '}' || c === ']') open.pop();
    else if (c === ':' && top && 'keys' in top) top.expectingKey = false;
    else if (c === ',' && top) {
      if ('keys' in top) top.expectingKey = true;
      else top.index++;
    }
  }
  return null;
}

/** The error for a repeated key, saying where and what to do. */
export function repeatedKeyMessage(what: string, repeated: RepeatedKey | null): string {
  const where = repeated?.path.length ? `${repeated.path.map(String).join(' › ')}: ` : '';
  const key = repeated ? `the key ${JSON.stringify(repeated.key.slice(0, 80))}` : 'a key';
  return (
    `${what} is not valid: ${where}${key} appears twice in one object. Programs disagree on which of the two ` +
    'counts, so Roundtable does not use it: remove one of them.'
  );
}

/** For a value JSON.parse made of `text`: refused when the text repeated a key within one object. */
export function checkNoRepeatedKeys(text: string, value: unknown, what: string): Result<void> {
  if (countKeys(value) === countMembers(text)) return ok(undefined);
  return fail('invalid-input', repeatedKeyMessage(what, findRepeatedKey(text)));
}

/**
 * JSON.parse, refusing a text that repeats a key within one object. For a frame or a small
 * file; `parseJsonInput` (inputLimits.ts) does the same for files, within its limits.
 */
export function parseStrictJson(text: string, what: string): Result<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('invalid-input', `${what} is not valid JSON: ${(error as Error).message}.`);
  }
  const repeats = checkNoRepeatedKeys(text, value, what);
  return repeats.ok ? ok(value) : repeats;
}
