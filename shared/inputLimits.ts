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

/** checkInputShape's walk; it also counts the keys of every object, for the repeated-key check. */
function walkShape(value: unknown, limits: InputLimits, what: string): Result<number> {
  let keyCount = 0;
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (++values > limits.values) {
      return fail(
        'invalid-input',
        `${what} is too large: it holds more than ${limits.values.toLocaleString('en-GB')} values.`,
      );
    }
    const where = describePath(path);
    if (current === null || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current))
        return fail('invalid-input', `${what} is not valid: ${where}: must be a finite number.`);
      continue;
    }
    if (typeof current === 'string') {
      if (current.length > limits.stringLength) {
        return fail(
          'invalid-input',
          `${what} is not valid: ${where}: text longer than ${limits.stringLength.toLocaleString('en-GB')} characters.`,
        );
      }
      continue;
    }
    if (typeof current !== 'object')
      return fail('invalid-input', `${what} is not valid: ${where}: a ${typeof current} is not allowed.`);
    if (path.length >= limits.depth)
      return fail('invalid-input', `${what} is not valid: ${where}: nested deeper than ${limits.depth} levels.`);
    if (Array.isArray(current)) {
      if (current.length > limits.entries) {
        return fail(
          'invalid-input',
          `${what} is not valid: ${where}: a list of more than ${limits.entries.toLocaleString('en-GB')} items.`,
        );
      }
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
      continue;
    }
    const proto = Object.getPrototypeOf(current);
    if (proto !== Object.prototype && proto !== null) {
      return fail('invalid-input', `${what} is not valid: ${where}: only plain JSON values are allowed.`);
    }
    const keys = Object.keys(current);
    keyCount += keys.length;
    if (keys.length > limits.entries) {
      return fail(
        'invalid-input',
        `${what} is not valid: ${where}: more than ${limits.entries.toLocaleString('en-GB')} entries.`,
      );
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (DANGEROUS_KEYS.has(key))
        return fail(
          'invalid-input',
          `${what} is not valid: ${describePath([...path, key])}: a key that is not allowed.`,
        );
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return ok(keyCount);
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
