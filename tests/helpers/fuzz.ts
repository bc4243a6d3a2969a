// Malformed inputs made from valid ones: the mutations a broken disk, a hand edit, a buggy
// or hostile client produce. Seeded, so a failure can be replayed.
import { between, pick, seededRandom } from '../../scripts/lib/seededRandom';
import { DANGEROUS_KEYS } from '../../shared/inputLimits';
import type { ErrorCode } from '../../shared/result';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export { seededRandom };

/** Values that break assumptions: wrong types, extremes, hostile shapes. */
function strangeValue(random: () => number): Json {
  const deep = (depth: number): Json => (depth === 0 ? 1 : [deep(depth - 1)]);
  const makers: (() => Json)[] = [
    () => null,
    () => -1,
    () => 1e308,
    () => -0,
    () => 0.5,
    () => Number.MAX_SAFE_INTEGER + 2,
    () => '',
    () => ' ',
    () => 'x'.repeat(between(random, 2_001, 120_000)),
    () => '\ud800 lone surrogate',
    () => '<script>alert(1)</script>',
    () => '../../../../etc/passwd',
    () => 'note:',
    () => 'session:../../x',
    () => 'NaN',
    () => true,
    () => [],
    () => ({}),
    () => deep(between(random, 20, 3_000)),
    () => Array.from({ length: between(random, 5_001, 70_000) }, (_, i) => i),
    () => Object.fromEntries(Array.from({ length: between(random, 1_000, 70_000) }, (_, i) => [`k${i}`, i])),
    () => ({ __proto__: { polluted: true } }) as unknown as Json,
    () => JSON.parse('{"__proto__": {"polluted": true}}'),
    () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  ];
  return pick(random, makers)();
}

/** A deep copy; a value an earlier mutation made too deep for JSON.stringify is shared instead. */
function copyOf(value: Json): Json {
  try {
    return JSON.parse(JSON.stringify(value));
  } catch {
    return value;
  }
}

/** Every object and array inside `value`, with itself, so a mutation can land anywhere. */
function containers(value: Json): (Json[] | { [key: string]: Json })[] {
  const found: (Json[] | { [key: string]: Json })[] = [];
  const stack: Json[] = [value];
  while (stack.length > 0 && found.length < 5_000) {
    const current = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    found.push(current);
    stack.push(...(Array.isArray(current) ? current : Object.values(current)));
  }
  return found;
}

/** One structural change to a parsed value (in place), chosen at random. */
function mutateValue(random: () => number, root: Json): Json {
  const places = containers(root);
  if (places.length === 0 || random() < 0.04) return strangeValue(random);
  const place = pick(random, places);
  const keys = Array.isArray(place) ? place.map((_, i) => String(i)) : Object.keys(place);
  const set = (key: string, value: Json) => ((place as Record<string, Json>)[key] = value);
  const roll = random();
  if (keys.length > 0 && roll < 0.3) {
    set(pick(random, keys), strangeValue(random));
  } else if (keys.length > 0 && roll < 0.45 && !Array.isArray(place)) {
    delete place[pick(random, keys)];
  } else if (roll < 0.6 && !Array.isArray(place)) {
    // A key that could reach a prototype, as JSON.parse makes it: an own property.
    Object.defineProperty(place, pick(random, [...DANGEROUS_KEYS]), {
      value: { polluted: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else if (roll < 0.7 && !Array.isArray(place)) {
    set(`unexpected${between(random, 0, 9)}`, strangeValue(random));
  } else if (keys.length > 1 && roll < 0.8) {
    // Two records swapped or duplicated: ids that no longer match their keys.
    const [a, b] = [pick(random, keys), pick(random, keys)];
    set(a, copyOf((place as Record<string, Json>)[b] ?? null));
  } else if (keys.length > 0 && roll < 0.9) {
    const key = pick(random, keys);
    const value = (place as Record<string, Json>)[key];
    set(
      key,
      typeof value === 'string'
        ? value.length
        : typeof value === 'number'
          ? String(value)
          : Array.isArray(value)
            ? {}
            : [],
    );
  } else if (Array.isArray(place)) {
    place.push(strangeValue(random));
  } else {
    set(pick(random, ['schemaVersion', 'type', 'id', 'revision']), strangeValue(random));
  }
  return root;
}

/** Damage at the level of bytes: cut short, a flipped character, stray text. */
function mutateText(random: () => number, text: string): string {
  const at = between(random, 0, Math.max(0, text.length - 1));
  switch (between(random, 0, 5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + String.fromCharCode(between(random, 0, 0xffff)) + text.slice(at + 1);
    case 2:
      return `\ufeff${text}`;
    case 3:
      return text.slice(0, at) + pick(random, ['}', ']', ',', '"', '\\', '\u0000', 'null']) + text.slice(at);
    case 4:
      return text.replace('{', '{"id":"session:other",');
    default:
      return `${text}${text}`;
  }
}

/** A malformed version of `valid`: one to three mutations of its structure, and now and then of its text. */
export function malformedJson(random: () => number, valid: unknown): { value: unknown; text: string } {
  let value = JSON.parse(JSON.stringify(valid)) as Json;
  for (let i = between(random, 1, 3); i > 0; i--) value = mutateValue(random, value);
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    // Two deep mutations nested in each other outgrow JSON.stringify's recursion: send the depth as text.
    text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  }
  if (random() < 0.25) text = mutateText(random, text);
  return { value, text };
}

/** What the fuzz test counts for each input. */
export interface FuzzTally {
  inputs: number;
  accepted: number;
  rejected: number;
  crashes: string[];
  vague: string[];
  pollution: string[];
}

export function newTally(): FuzzTally {
  return { inputs: 0, accepted: 0, rejected: 0, crashes: [], vague: [], pollution: [] };
}

const SPECIFIC_CODES: ErrorCode[] = ['invalid-input', 'not-found', 'conflict', 'unsupported-version'];

/** An error that says what is wrong: a known code, a real sentence, and no sign of an internal failure. */
export function isSpecific(error: { code?: unknown; message?: unknown }): boolean {
  const message = typeof error.message === 'string' ? error.message : '';
  return (
    SPECIFIC_CODES.includes(error.code as ErrorCode) &&
    message.length >= 25 &&
    !/unexpected problem|\[object Object\]|^undefined|: undefined$/.test(message)
  );
}

/** True when nothing has been added to the built-in prototypes. */
export function prototypesAreClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    Object.keys(Object.prototype).length === 0 &&
    Object.keys(Array.prototype).length === 0 &&
    Object.keys(Function.prototype).length === 0
  );
}
