// How a hand-written note turns into what a tired person writes on a sticky note: shorthand,
// a slip of the pen, lower case, a dash or a "!!". Seeded, so the labelled set is the same each time.

export type Random = () => number;

export function seeded(seed: number): Random {
  let s = seed >>> 0 || 1;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const pick = <T>(rng: Random, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

const SHORTHAND: [RegExp, string[]][] = [
  [/\bpatients\b/gi, ['pts', 'patients', 'pt']],
  [/\bpatient\b/gi, ['pt', 'patient']],
  [/\band\b/g, ['&', '+', 'and']],
  [/\bwith\b/g, ['w/', 'with']],
  [/\bwithout\b/g, ['w/o', 'without']],
  [/\bbecause\b/g, ['bc', 'cos', 'because']],
  [/\bmanagement\b/gi, ['mgmt', 'management']],
  [/\bmanagers\b/gi, ['mgrs', 'managers']],
  [/\bappointments\b/gi, ['appts', 'appointments']],
  [/\binformation\b/gi, ['info', 'information']],
  [/\bpeople\b/gi, ['ppl', 'people']],
  [/\bbetween\b/gi, ['btwn', 'between']],
  [/\bdoctors\b/gi, ['drs', 'doctors']],
  [/\bnurses\b/gi, ['RNs', 'nurses']],
  [/\btraining\b/gi, ['training', 'trg']],
  [/\bhospital\b/gi, ['hosp', 'hospital']],
  [/\bnot\b/g, ['not', 'NOT']],
  [/\bthe\b/g, ['the', '']],
  [/\bdont\b/g, ["don't", 'dont', 'do not']],
  [/\bcant\b/g, ["can't", 'cant', 'cannot']],
  [/\bdoesnt\b/g, ["doesn't", 'doesnt', 'does not']],
  [/\bwont\b/g, ["won't", 'wont']],
  [/\bnumbers\b/gi, ['nos', 'numbers']],
  [/\bminutes\b|\bmins\b/gi, ['mins', 'minutes']],
];

const OPENERS = ['', '', '', '', '', '- ', '• ', '* ', 'Big issue - ', 'Re: ', 'Also ', '1. '];
const CLOSERS = ['', '', '', '', '', '', '!!', '!', '?', ' - big one', ' (agreed by all)', ' etc', '...', '.'];

/** A slip: two letters swapped, a letter dropped or doubled, in one longer word. */
function slip(rng: Random, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w));
  if (candidates.length === 0) return text;
  const [word, index] = pick(rng, candidates);
  const at = 1 + Math.floor(rng() * (word.length - 2));
  const kind = rng();
  words[index] =
    kind < 0.4
      ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
      : kind < 0.75
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + word[at] + word.slice(at);
  return words.join(' ');
}

/** One way this note might have been written down. The first use of a phrase is kept as written more often. */
export function asWritten(rng: Random, text: string, firstUse: boolean): string {
  let out = text;
  const roughness = firstUse ? 0.35 : 0.8;
  for (const [pattern, forms] of SHORTHAND) {
    if (rng() < roughness * 0.5) out = out.replace(pattern, () => pick(rng, forms));
  }
  if (rng() < roughness * 0.25) out = slip(rng, out);
  if (rng() < roughness * 0.3) out = out.toLocaleLowerCase();
  else if (rng() < roughness * 0.06) out = out.toLocaleUpperCase();
  if (rng() < roughness * 0.4) out = pick(rng, OPENERS) + out;
  if (rng() < roughness * 0.4) out = out + pick(rng, CLOSERS);
  out = out.replace(/\s+/g, ' ').trim();
  return out || text;
}
