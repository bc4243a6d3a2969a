/**
 * JSON with object keys sorted at every level and no whitespace, so the same content always
 * gives the same bytes (and the same content hash), whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  return written(value);
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
