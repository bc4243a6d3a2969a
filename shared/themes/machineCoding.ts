import { AUDIENCES, type Audience } from '../synthesis/types';
import { codingKey, type CodedTheme, type Coding, type QuestionCoding } from '../synthesis/coding';
import { assignPrepared, KEPT_SETTINGS, LinkTables, WORDS_SETTINGS, type AssignSettings } from './assign';
import { describeThemes, type DescribedNote } from './describe';
import {
  nearestTheme,
  preparedAt,
  prepareParts,
  ThemeSums,
  type Prepared,
  type StemCache,
  type ThemeNote,
} from './similarity';

// The machine's coding of a synthesis: every participant note of each question and audience in
// a theme or in "other" (shared/synthesis/coding.ts), found by assign.ts over the notes' sentence
// embeddings and words with the tables' groups as evidence. Pure: vectors are worked out in
// electron/themes/ and passed in, by text. Notes are taken in the order of their record ids, so
// the coding does not depend on the order the files were read in; theme ids are `t-1`, `t-2`, …
// by question (template id), audience (staff, then public), then size.
//
// `extendCoding` adds notes to a coding that may have been reviewed: a note already coded stays
// where it is; each new note joins the existing theme it is most like on average (the
// average-linkage rule, at the same threshold), and the rest are themed among themselves as new
// machine themes, with numbers never used before.

/** A participant note as the coding reads it (a MergedNote row is one). */
export interface CodingNote extends DescribedNote {
  templateId: string;
  audience: Audience;
}

/** Sentence vectors by text (each note's text and each group headline), or null to theme by shared words alone. */
export type TextVectors = ReadonlyMap<string, ArrayLike<number>> | null;

export interface CodingInput {
  notes: readonly CodingNote[];
  /** A table group's sub-points, by its id. */
  subPointsOf?: (groupId: string) => readonly string[];
  vectors: TextVectors;
  settings?: AssignSettings;
  /** Each text's stems, kept between codings of the same notes (adding exports to a project): the coding is the same with or without. */
  stems?: StemCache;
}

/** Where each new note went, by record id: a theme id, or "other". */
export interface ExtendedCoding {
  coding: Coding;
  /** The theme number to use next (one more than any used). */
  nextThemeNumber: number;
  placed: Map<string, string>;
}

const OTHER = 'other';
const byId = (a: CodingNote, b: CodingNote) => (a.noteId < b.noteId ? -1 : a.noteId > b.noteId ? 1 : 0);
const noSubPoints = () => [];

/**
 * The settings as used: with no vectors, shared words alone (alpha 0, no headline mixed in), by
 * default at the threshold and group bonus chosen for words alone on the labelled set.
 */
export function settingsFor(vectors: TextVectors, settings?: AssignSettings): AssignSettings {
  if (vectors !== null) return settings ?? KEPT_SETTINGS;
  return settings ? { ...settings, alpha: 0, headlineWeight: 0 } : WORDS_SETTINGS;
}

function themeNotes(notes: readonly CodingNote[], vectors: TextVectors): ThemeNote[] {
  const missing = new Set<string>();
  const vectorOf = (text: string): ArrayLike<number> => {
    if (vectors === null) return [];
    const v = vectors.get(text);
    if (!v) missing.add(text);
    return v ?? [];
  };
  const out = notes.map((n) => ({
    id: n.noteId,
    text: n.text,
    vector: vectorOf(n.text),
    group: n.groupId || null,
    headlineVector: n.groupId && n.group.trim() ? vectorOf(n.group) : null,
  }));
  if (missing.size > 0) {
    const first = [...missing][0];
    throw new Error(
      `No sentence vector was given for ${missing.size} text${missing.size === 1 ? '' : 's'} ` +
        `(the first: "${first.slice(0, 60)}"). Embed every note's text and every group headline, ` +
        'or give no vectors to theme the notes by shared words alone.',
    );
  }
  return out;
}

/** The notes by question and audience, each stratum's in record-id order, strata in template id then audience order. */
function strata(
  notes: readonly CodingNote[],
): { key: string; templateId: string; audience: Audience; notes: CodingNote[] }[] {
  const byKey = new Map<string, CodingNote[]>();
  for (const n of notes) {
    const key = codingKey(n.templateId, n.audience);
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(n);
  }
  return [...byKey.values()]
    .map((list) => ({
      key: codingKey(list[0].templateId, list[0].audience),
      templateId: list[0].templateId,
      audience: list[0].audience,
      notes: [...list].sort(byId),
    }))
    .sort(
      (a, b) =>
        (a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0) ||
        AUDIENCES.indexOf(a.audience) - AUDIENCES.indexOf(b.audience),
    );
}

/** The number in a theme id `t-N`, or 0. */
function themeNumber(id: string): number {
  const match = /^t-(\d+)$/.exec(id);
  return match ? Number(match[1]) : 0;
}

/** One more than the highest theme number in the coding. */
export function themeNumberAfter(coding: Coding): number {
  let highest = 0;
  for (const q of coding.questions) for (const t of q.themes) highest = Math.max(highest, themeNumber(t.id));
  return highest + 1;
}

/** Every note themed or "other", per question and audience; ids from `t-<firstThemeNumber>`. */
export function machineCoding(input: CodingInput, firstThemeNumber = 1): Coding {
  return extendCoding({ questions: [] }, input, firstThemeNumber).coding;
}

/**
 * `coding` with the notes it does not yet hold added. `input.notes` may hold the coded notes too
 * (their words and vectors are what new notes are compared with); coded notes absent from it
 * stay coded as they are. New theme numbers start at `nextThemeNumber` (raised past any id in use).
 */
export function extendCoding(coding: Coding, input: CodingInput, nextThemeNumber: number): ExtendedCoding {
  const settings = settingsFor(input.vectors, input.settings);
  const subPointsOf = input.subPointsOf ?? noSubPoints;
  let next = Math.max(nextThemeNumber, themeNumberAfter(coding));
  const coded = codedIds(coding);
  // A coding that already holds every note (the view of a reviewed project) has nothing to add: it is given back as it is.
  if (!input.notes.some((n) => !coded.has(n.noteId))) return { coding, nextThemeNumber: next, placed: new Map() };
  // Copied on write: a question, theme or "other" list is copied only where a new note goes (the given coding is never changed).
  const questions = new Map<string, QuestionCoding>(
    coding.questions.map((q) => [codingKey(q.templateId, q.audience), q]),
  );
  const order = coding.questions.map((q) => codingKey(q.templateId, q.audience));
  const placed = new Map<string, string>();
  // One pair of working tables for every question's linkage (see LinkTables).
  const tables = new LinkTables();
  for (const stratum of strata(input.notes)) {
    const fresh = stratum.notes.filter((n) => !coded.has(n.noteId));
    if (fresh.length === 0) continue;
    // Every note's words and vector are worked out (they weigh each other), but a note is made
    // ready to compare one by one only where it is compared: the new notes, not the coded ones.
    const parts = prepareParts(themeNotes(stratum.notes, input.vectors), settings, input.stems);
    const items: Prepared[] = [];
    const itemAt = (i: number) => (items[i] ??= preparedAt(parts, i));
    const indexOf = new Map(stratum.notes.map((n, i) => [n.noteId, i]));
    const given = questions.get(stratum.key);
    const question: QuestionCoding = given
      ? { ...given, themes: [...given.themes], other: [...given.other] }
      : { templateId: stratum.templateId, audience: stratum.audience, themes: [], other: [] };
    if (!given) order.push(stratum.key);
    questions.set(stratum.key, question);
    // Each new note is compared with the themes as they were, so the order new notes come in does not matter.
    const dimensions = parts.vectors[0].length;
    const existing = question.themes.map((theme, at) => {
      const sums = Object.assign(new ThemeSums(dimensions), { theme, at });
      for (const id of theme.noteIds) {
        const i = indexOf.get(id);
        if (i !== undefined) sums.addAt(parts, i);
      }
      return sums;
    });
    const left: number[] = [];
    const joined: { theme: CodedTheme; at: number; id: string }[] = [];
    for (const note of fresh) {
      const i = indexOf.get(note.noteId)!;
      const best = nearestTheme(existing, itemAt(i), settings, settings.threshold);
      if (best) joined.push({ theme: best.theme, at: best.at, id: note.noteId });
      else left.push(i);
    }
    for (const { theme, at, id } of joined) {
      if (question.themes[at] === theme) question.themes[at] = { ...theme, noteIds: [...theme.noteIds] };
      question.themes[at].noteIds.push(id);
      placed.set(id, theme.id);
    }
    const found = assignPrepared(left.map(itemAt), settings, tables);
    const themes = found.themes.map((members) => members.map((k) => left[k]));
    const described = describeThemes(
      themes,
      stratum.notes,
      items,
      settings,
      subPointsOf,
      question.themes.map((t) => t.headline),
    );
    themes.forEach((members, t) => {
      const id = `t-${next++}`;
      const noteIds = members.map((i) => stratum.notes[i].noteId);
      for (const noteId of noteIds) placed.set(noteId, id);
      question.themes.push({ id, definition: '', approved: false, origin: 'machine', noteIds, ...described[t] });
    });
    for (const k of found.other) {
      const noteId = stratum.notes[left[k]].noteId;
      question.other.push(noteId);
      placed.set(noteId, OTHER);
    }
  }
  const extended: Coding = { questions: order.map((key) => questions.get(key)!) };
  // The set now names the extended coding's notes: it moves to it (and is made again should the given coding come back).
  for (const id of placed.keys()) coded.add(id);
  codedSets.delete(coding);
  codedSets.set(extended, coded);
  return { coding: extended, nextThemeNumber: next, placed };
}

/**
 * Every note id a coding holds, made once per coding object (codings are never changed once
 * made): the view of a project asks again of the coding an addition has just made, and a set of
 * 200,000 ids is not made twice. Only a memo: the answer is the same as making the set anew.
 */
const codedSets = new WeakMap<Coding, Set<string>>();

function codedIds(coding: Coding): Set<string> {
  let coded = codedSets.get(coding);
  if (!coded) {
    coded = new Set<string>();
    for (const q of coding.questions) {
      for (const t of q.themes) for (const id of t.noteIds) coded.add(id);
      for (const id of q.other) coded.add(id);
    }
    codedSets.set(coding, coded);
  }
  return coded;
}
