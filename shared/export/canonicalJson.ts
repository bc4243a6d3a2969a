/**
 * JSON with object keys sorted at every level and no whitespace, so the same content always
 * gives the same bytes (and the same content hash), whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  try {
    return JSON.stringify(value, sortedKeys);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return written(value);
  }
}

/** Thrown from `sortedKeys` where the native writer would not give canonicalJson's bytes. */
const NOT_PLAIN = new Error('canonicalJson: not plain JSON data');

/**
 * The native writer given each object with its keys in canonical order: as it is where they
 * already are, else a copy in that order (a quarter less time than `written` for an export,
 * hash included). Anything the native writer would write differently (a toJSON, a function, a
 * key the engine puts first because it is a number and so cannot be put in order, a
 * "__proto__" key a copy could not hold) falls back to `written`.
 */
function sortedKeys(this: unknown, key: string, value: unknown): unknown {
  if (value !== (this as Record<string, unknown>)[key]) throw NOT_PLAIN;
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
      return value;
    case 'object':
      break;
    default:
      throw NOT_PLAIN;
  }
  if (value === null || Array.isArray(value)) return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (inOrder(keys)) return value;
  keys.sort();
  const copy: Record<string, unknown> = {};
  for (const k of keys) {
    if (k === '__proto__') throw NOT_PLAIN;
    copy[k] = record[k];
  }
  if (!inOrder(Object.keys(copy))) throw NOT_PLAIN;
  return copy;
}

function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/** A nested value's canonical JSON: one string grown in place, no array of parts per level. */
function written(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return String(JSON.stringify(value));
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      out += (i > 0 ? ',' : '') + written(item === undefined ? null : item);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  // Keys in UTF-16 code-unit order (what `<` compares), as the content hash has always used.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + written(v);
    first = false;
  }
  return out + '}';
}
