import type { z } from 'zod';
import { DANGEROUS_KEYS } from './inputLimits';
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

/**
 * The path of the first key that could pollute prototypes (`__proto__`, `constructor`,
 * `prototype`) anywhere in a parsed JSON value, or null. Schemas would drop some of these
 * silently; a file that holds one is refused outright instead. Walks without recursion, so
 * no nesting depth can overflow the stack.
 */
export function findDangerousKey(value: unknown, path: string[] = []): string[] | null {
  // Each entry knows its parent, so the path is built only for a key that is found.
  type Step = { value: unknown; key: string | null; parent: Step | null };
  const pathOf = (step: Step | null, key: string): string[] => {
    const keys = [key];
    for (let at = step; at?.key != null; at = at.parent) keys.unshift(at.key);
    return [...path, ...keys];
  };
  const stack: Step[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (typeof step.value !== 'object' || step.value === null) continue;
    const keys = Object.keys(step.value);
    for (const key of keys) if (DANGEROUS_KEYS.has(key)) return pathOf(step, key);
    for (let i = keys.length - 1; i >= 0; i--)
      stack.push({ value: (step.value as Record<string, unknown>)[keys[i]], key: keys[i], parent: step });
  }
  return null;
}
