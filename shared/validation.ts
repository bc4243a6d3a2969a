import type { z } from 'zod';
import { fail, ok, type Result } from './result';

/** One line per problem, each naming where it is, e.g. `notes › note:abc › text: Too big`. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join(' › ') : 'the top level';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return lines.join('; ') + more;
}

/** Parses `input` with `schema`, turning a failure into an `invalid-input` error that says what and where. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail('invalid-input', `${what} is not valid: ${describeIssues(parsed.error)}.`);
}

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path of the first key that could pollute prototypes (`__proto__`, `constructor`,
 * `prototype`) anywhere in a parsed JSON value, or null. Schemas would drop some of these
 * silently; a file that holds one is refused outright instead.
 */
export function findDangerousKey(value: unknown, path: string[] = []): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (DANGEROUS_KEYS.has(key)) return [...path, key];
    const found = findDangerousKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}
