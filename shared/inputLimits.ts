import { fail, ok, type Result } from './result';
import { countMembers, findRepeatedKey, repeatedKeyMessage } from './strictJson';

/**
 * Limits on the shape of anything that arrives from outside (a file, an IPC call, a
 * WebSocket message), checked before any schema sees it. A schema checks meaning; these
 * stop what a schema walk could choke on: absurd nesting, millions of values, a huge
 * string, a key that would reach a prototype.
 */
export interface InputLimits {
  /** Largest input in bytes, checked by whoever reads it (file reader, socket) before parsing. */
  bytes: number;
  /** Deepest nesting of objects and arrays. A session is 4 levels deep; an operation carrying a whole session, 7. */
  depth: number;
  /** Most values (objects, arrays, strings, numbers...) in the whole input. */
  values: number;
  /** Longest string. */
  stringLength: number;
  /** Most keys in one object, or items in one array. */
  entries: number;
}

/** Session files and snapshots: the largest session (50,000 notes) with room to spare. */
export const SESSION_FILE_LIMITS: InputLimits = {
  bytes: 64 * 1024 * 1024,
  depth: 16,
  values: 3_000_000,
  stringLength: 20_000,
  entries: 60_000,
};
/** Exercise template files: a few dozen zones and cards. */
export const TEMPLATE_FILE_LIMITS: InputLimits = {
  bytes: 1024 * 1024,
  depth: 12,
  values: 50_000,
  stringLength: 20_000,
  entries: 1_000,
};
/** One API call's arguments: at most a whole session (a restore) or a big batch of notes. */
export const API_CALL_LIMITS: InputLimits = {
  bytes: 16 * 1024 * 1024,
  depth: 20,
  values: 3_000_000,
  stringLength: 20_000,
  entries: 60_000,
};

/** Keys that reach `Object.prototype` (or a constructor's) when code copies or merges by key. */
export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function describePath(path: readonly (string | number)[]): string {
  return path.length ? path.map(String).join(' › ') : 'the top level';
}

/**
 * Checks the shape of a parsed input against `limits` without recursion (so a hostile
 * depth cannot overflow the stack): nesting, counts, string lengths, plain JSON values
 * only, and no key that could pollute a prototype. The error says what and where.
 */
export function checkInputShape(value: unknown, limits: InputLimits, what: string): Result<void> {
  const shape = walkShape(value, limits, what);
  return shape.ok ? ok(undefined) : shape;
}

/** Where a value sits: its key and its parent's place, so a path is spelled out only for an error. */
interface Place {
  key: string | number;
  parent: Place | null;
  depth: number;
}

function pathOf(place: Place | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = place; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** checkInputShape's walk; it also counts the keys of every object, for the repeated-key check. */
function walkShape(value: unknown, limits: InputLimits, what: string): Result<number> {
  let keyCount = 0;
  // Each value waiting with its key and its container's place; a path is spelled out only for an error.
  const values: unknown[] = [value];
  const keys: (string | number | undefined)[] = [undefined];
  const parents: (Place | null)[] = [null];
  let count = 0;
  while (values.length > 0) {
    const current = values.pop();
    const key = keys.pop();
    const parent = parents.pop()!;
    if (++count > limits.values) {
      return fail(
        'invalid-input',
        `${what} is too large: it holds more than ${limits.values.toLocaleString('en-GB')} values.`,
      );
    }
    if (current === null || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current))
        return fail('invalid-input', `${what} is not valid: ${whereOf(parent, key)}: must be a finite number.`);
      continue;
    }
    if (typeof current === 'string') {
      if (current.length > limits.stringLength) {
        return fail(
          'invalid-input',
          `${what} is not valid: ${whereOf(parent, key)}: text longer than ${limits.stringLength.toLocaleString('en-GB')} characters.`,
        );
      }
      continue;
    }
    const place: Place | null = key === undefined ? null : { key, parent, depth: parent ? parent.depth + 1 : 1 };
    const where = () => describePath(pathOf(place));
    if (typeof current !== 'object')
      return fail('invalid-input', `${what} is not valid: ${where()}: a ${typeof current} is not allowed.`);
    const depth = place ? place.depth : 0;
    if (depth >= limits.depth)
      return fail('invalid-input', `${what} is not valid: ${where()}: nested deeper than ${limits.depth} levels.`);
    if (Array.isArray(current)) {
      if (current.length > limits.entries) {
        return fail(
          'invalid-input',
          `${what} is not valid: ${where()}: a list of more than ${limits.entries.toLocaleString('en-GB')} items.`,
        );
      }
      for (let i = current.length - 1; i >= 0; i--) {
        values.push(current[i]);
        keys.push(i);
        parents.push(place);
      }
      continue;
    }
    const proto = Object.getPrototypeOf(current);
    if (proto !== Object.prototype && proto !== null) {
      return fail('invalid-input', `${what} is not valid: ${where()}: only plain JSON values are allowed.`);
    }
    const names = Object.keys(current);
    keyCount += names.length;
    if (names.length > limits.entries) {
      return fail(
        'invalid-input',
        `${what} is not valid: ${where()}: more than ${limits.entries.toLocaleString('en-GB')} entries.`,
      );
    }
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i];
      if (DANGEROUS_KEYS.has(name))
        return fail(
          'invalid-input',
          `${what} is not valid: ${describePath([...pathOf(place), name])}: a key that is not allowed.`,
        );
      values.push((current as Record<string, unknown>)[name]);
      keys.push(name);
      parents.push(place);
    }
  }
  return ok(keyCount);
}

/** The path of a value with this key in this container (the top level when it has none). */
function whereOf(parent: Place | null, key: string | number | undefined): string {
  return describePath(key === undefined ? [] : [...pathOf(parent), key]);
}

/**
 * Parses JSON text from outside: too long, empty, not JSON, badly shaped and a key repeated
 * within one object (see strictJson.ts) each get their own message. Never throws.
 */
export function parseJsonInput(text: string, limits: InputLimits, what: string): Result<unknown> {
  // A string's length in UTF-16 units is at most its UTF-8 size, so this only errs towards allowing.
  if (text.length > limits.bytes) {
    return fail(
      'invalid-input',
      `${what} is too large (over ${Math.round(limits.bytes / 1024 / 1024)} MB), so it was not read.`,
    );
  }
  if (text.trim() === '') return fail('invalid-input', `${what} is empty: it holds no data at all.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message.replace(/^JSON\.parse: /, '');
    const truncated = /end of (JSON|data) input|unterminated/i.test(detail) ? ' (it looks cut short)' : '';
    return fail('invalid-input', `${what} is damaged: it is not valid JSON${truncated}. ${detail}.`);
  }
  const shape = walkShape(parsed, limits, what);
  if (!shape.ok) return shape;
  if (shape.value !== countMembers(text)) return fail('invalid-input', repeatedKeyMessage(what, findRepeatedKey(text)));
  return ok(parsed);
}
