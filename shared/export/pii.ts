// The PII check run before an export: patterns for what identifies a patient or a person in
// a sticky note. It errs towards flagging (a facilitator dismisses a false flag in a second;
// a missed NHS number leaves the room), but knows the common look-alikes of a workshop:
// bed and ward numbers, times, dates, money, "Nurse Practitioner", "Dr Foster" the brand.
// Names are only found after a title; a bare "Sarah said..." is not caught (docs/EXPORT.md).

export const PII_KINDS = ['nhs-number', 'email', 'phone', 'postcode', 'name'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export const PII_KIND_LABELS: Record<PiiKind, string> = {
  'nhs-number': 'NHS number',
  email: 'email address',
  phone: 'phone number',
  postcode: 'postcode',
  name: 'name',
};

/** One flagged part of a text: [start, end) in UTF-16 code units, as String.slice counts. */
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Ten digits as 3-3-4 (spaces or dashes) or run together, not inside a longer number.
const NHS = /(?<![\d.,£$€/:-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d/]|[.,:]\d)/g;
// +44 or a leading 0, then groups of digits split by a space, dash or bracket; phoneSpan picks
// the longest run of whole groups that makes a valid number ("0161 496 0000 10 beds" stops at 0000).
const PHONE = /(?<![\w+/.:£$€-])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(0|0)\d*(?:\)?[ \t-]?\d+)*/g;
// Postcodes by their real areas (LS, SW, EC, M, B...), so "A1 2nd" or "Q3 figures" never look like one.
const AREAS_2 =
  'AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|FK|FY|GL|' +
  'GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|' +
  'PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|' +
  'WR|WS|WV|YO|ZE';
const AREAS_1 = 'B|E|G|L|M|N|S|W';
// A full postcode in any case: "LS1 4AB", "EC3M 2TG", "sw1a1aa".
const POSTCODE = new RegExp(`\\b((?:${AREAS_2}|${AREAS_1})\\d[A-Z\\d]?) ?(\\d[ABD-HJLNP-UW-Z]{2})\\b`, 'gi');
// An outward code alone, in capitals as addresses write it: "SW1Y", "WC1X", "EC1V", "LS12", "SE1", "W1A".
// A one-letter area needs its final letter ("W1A"), so roads, vitamins and rooms ("M62", "B12", "G12") are not
// flagged; nor are the gases a Greener NHS note talks about ("CO2", "CH4", "SO2").
const OUTWARD = new RegExp(`\\b(?:(?:${AREAS_2})\\d(?:\\d|[A-Z])?|(?:${AREAS_1})\\d[A-Z])\\b(?![-'’]\\p{L})`, 'gu');
const NOT_OUTWARD = new Set(['CO2', 'CH4', 'SO2']);
const TITLES = 'Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Doctor|Nurse|Sister|Matron|Sir|Dame';
const TITLE = new RegExp(`\\b(?:${TITLES})\\.?[ \\t]+`, 'gi');
// A name word: "Patel", "O’Brien", "Smith-Jones", "KHAN"; a possessive 's is left outside.
const NAME_WORD = /^\p{L}(?:\p{L}+|(?=['’]))(?:['’-]\p{L}{2,})*/u;
// Titles strong enough that a lower-case word after them is still a name ("spoke to dr smith").
const STRONG_TITLES = /^(dr|mr|mrs|ms|mx|prof)$/i;

// Words that follow a title without being a name: roles, places, brands, and plain English.
const NOT_NAMES = new Set(
  (
    'practitioner practitioners associate associates specialist specialists consultant consultants lead leads led manager managers ' +
    'trust trusts ward wards hospital unit units team teams training staffing prescriber prescribers apprentice apprentices ' +
    'navigator navigators who men man women bank agency education educator educators role roles post posts shortage shortages ' +
    'and or the to on in at for of is was said says rang called a an with as from has had will would could can out about not ' +
    'station stations office offices appointment appointments rota rotas shift shifts numbers number cover vacancy vacancies ' +
    'practice practices surgery surgeries clinic clinics time day week month year today tomorrow yesterday visit visits ' +
    'colleagues colleague staff student students placement placements recruitment retention uniform uniforms handover handovers ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december nhs ' +
    TITLES.toLowerCase().replaceAll('|', ' ')
  ).split(/\s+/),
);
// Well-known things named with a title that are not people a note could identify.
const NOT_PEOPLE =
  /^(?:dr google|doctor who|mr men|mr motivator|mrs brown|mrs doubtfire|miss saigon|nurse jackie|ms teams)\b/i;
// "Dr Foster" is also a healthcare data brand; followed by these words it is the brand.
const BRAND_FOLLOWERS = /^\s+(intelligence|data|report|reports|ratings|guide|tables?)\b/i;

/** True for a ten-digit string that passes the NHS number's modulus 11 check. */
export function isValidNhsNumber(digits: string): boolean {
  // One digit ten times ("5555555555") passes the sum now and then but is never issued.
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** "1st", "2nd", "4th" look like a postcode's inward part ("A1 2nd"); a real one would be "1ST" or "2ND" in capitals. */
function isOrdinal(inward: string): boolean {
  return /^(?:1st|2nd|3rd|[04-9]th)$/.test(inward);
}

/** True when the digits (with any +44) make a UK landline, mobile or non-geographic number. */
function isUkPhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  const national = raw.trim().startsWith('+44')
    ? digits.slice(2).replace(/^0/, '')
    : digits.startsWith('0')
      ? digits.slice(1)
      : null;
  if (national === null) return false;
  // 01/02 landlines, 03 non-geographic, 07 mobiles, 080x freephone; 9 or 10 digits after the 0.
  return /^[12378]/.test(national) && (national.length === 10 || (national.length === 9 && /^1/.test(national)));
}

function phoneSpan(text: string, match: RegExpExecArray): PiiSpan | null {
  const ends = [...match[0].matchAll(/\d+/g)].map((g) => g.index + g[0].length).reverse();
  for (const end of ends) {
    const raw = match[0].slice(0, end);
    const next = text.slice(match.index + end);
    // A number glued to more digits or a decimal ("0161.5", "07:30") is not a phone number.
    if (isUkPhone(raw) && !/^(?:[.,:/]\d)/.test(next)) return span('phone', match.index, raw);
  }
  return null;
}

function spansOf(
  text: string,
  pattern: RegExp,
  kind: PiiKind,
  accept: (match: RegExpExecArray) => PiiSpan | null = (m) => span(kind, m.index, m[0]),
): PiiSpan[] {
  const found: PiiSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    const result = accept(match as RegExpExecArray);
    if (result) found.push(result);
  }
  return found;
}

function span(kind: PiiKind, start: number, text: string): PiiSpan {
  return { kind, start, end: start + text.length, text };
}

/** The name after each title: up to three name words, the first lower-case only in an all-lower-case "dr smith". */
function titledNames(text: string): PiiSpan[] {
  const found: PiiSpan[] = [];
  for (const match of text.matchAll(TITLE)) {
    const title = match[0].trim().replace(/\.$/, '');
    const strong = STRONG_TITLES.test(title);
    const start = match.index + match[0].length;
    if (NOT_PEOPLE.test(text.slice(match.index))) continue;
    let end = start;
    for (let at = start, words = 0; words < 3; words++) {
      const word = NAME_WORD.exec(text.slice(at))?.[0];
      if (!word || NOT_NAMES.has(word.toLowerCase())) break;
      // Capitalised ("Patel"), or in capitals after a strong title ("MR KHAN"), or lower case
      // in an all-lower-case "dr smith". After a lower-case role word ("the nurse said") only
      // a capitalised word counts: "nurse Amara" is a name, "nurse said" is not.
      const capitalised = /^\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}['’]/u.test(word);
      const ok = capitalised || (strong && (/^\p{Lu}/u.test(word) || (words === 0 && title === title.toLowerCase())));
      if (!ok) break;
      end = at + word.length;
      const gap = /^[ \t]+/.exec(text.slice(end))?.[0];
      if (!gap) break;
      at = end + gap.length;
    }
    if (end === start) continue;
    const name = text.slice(start, end);
    if (/^dr$/i.test(title) && /^foster$/i.test(name.split(' ')[0]) && BRAND_FOLLOWERS.test(text.slice(start + 6)))
      continue;
    found.push(span('name', start, name));
  }
  return found;
}

/** An email, NHS number, phone number or postcode needs an "@" or a digit; a name needs a title. */
const MAY_BE_NUMBERED = /[@\d]/;
const MAY_HAVE_TITLE = new RegExp(`\\b(?:${TITLES})\\.?[ \\t]`, 'i');

/** The spans of the patterns that need a digit or an "@", in PII_KINDS order. */
function numberedSpans(text: string): PiiSpan[] {
  return [
    ...spansOf(text, EMAIL, 'email'),
    ...spansOf(text, NHS, 'nhs-number', (m) =>
      isValidNhsNumber(m[0].replace(/\D/g, '')) ? span('nhs-number', m.index, m[0]) : null,
    ),
    ...spansOf(text, PHONE, 'phone', (m) => phoneSpan(text, m)),
    ...spansOf(text, POSTCODE, 'postcode', (m) => (isOrdinal(m[2]) ? null : span('postcode', m.index, m[0]))),
    ...spansOf(text, OUTWARD, 'postcode', (m) => (NOT_OUTWARD.has(m[0]) ? null : span('postcode', m.index, m[0]))),
  ];
}

/** Every part of `text` that looks like personal data, in text order, never overlapping. */
export function findPii(text: string): PiiSpan[] {
  // Every pattern but the titles needs a digit or an "@": most notes have neither, and skip those scans.
  const numbered = MAY_BE_NUMBERED.test(text);
  if (!numbered && !MAY_HAVE_TITLE.test(text)) return [];
  return kept(numbered ? [...numberedSpans(text), ...titledNames(text)] : titledNames(text));
}

/** `findPii` with every pattern run on every text (no quick test first): what findPii must always equal. */
export function findPiiEveryPattern(text: string): PiiSpan[] {
  return kept([...numberedSpans(text), ...titledNames(text)]);
}

/** The candidates that do not overlap an earlier kind's, in text order. */
function kept(candidates: PiiSpan[]): PiiSpan[] {
  // Earlier kinds in the list win an overlap (an NHS number is not also a phone number).
  const order = (s: PiiSpan) => PII_KINDS.indexOf(s.kind);
  const kept: PiiSpan[] = [];
  for (const c of candidates.sort((a, b) => order(a) - order(b) || a.start - b.start)) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with each span replaced by `[redacted <kind>]`; spans must not overlap. */
export function redactSpans(text: string, spans: readonly PiiSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start) + `[redacted ${PII_KIND_LABELS[s.kind]}]`;
    at = s.end;
  }
  return out + text.slice(at);
}
