import { z } from 'zod';
import { OTHER, type CodedTheme, type QuestionCoding } from '../synthesis/coding';
import { fail, ok, type Result } from '../result';
import {
  defineReviewOperation,
  findTheme,
  headlineSchema,
  NoteRefSchema,
  noteLocations,
  notesCount,
  questionLabel,
  themeLabel,
  themeName,
  themeOrFail,
  ThemeRefSchema,
  withQuestion,
  type Touched,
} from './definition';
import { PROJECT_LIMITS, type SynthesisProject } from './schema';

// The decisions that move notes between themes: merge, split, move notes, move a table group.
// Every note stays in exactly one theme or "other" of its own question (the registry checks it).

const noteList = z.array(NoteRefSchema).min(1, 'name at least one note').max(PROJECT_LIMITS.notes);
/** Where notes go: a theme's id, or "other". */
const TargetSchema = z.union([ThemeRefSchema, z.literal(OTHER)]);

export const mergeThemes = defineReviewOperation({
  name: 'mergeThemes',
  describe: 'Merge themes',
  args: z.strictObject({ into: ThemeRefSchema, from: z.array(ThemeRefSchema).min(1).max(500) }),
  apply(project, { into, from }) {
    const target = themeOrFail(project, into);
    if (!target.ok) return target;
    if (new Set(from).size !== from.length)
      return fail('invalid-input', 'A theme is named twice in the themes to merge.');
    if (from.includes(into)) return fail('invalid-input', `Theme ${into} cannot be merged into itself.`);
    const q = target.value.question;
    const merged: CodedTheme[] = [];
    for (const id of from) {
      const found = themeOrFail(project, id);
      if (!found.ok) return found;
      if (found.value.questionIndex !== target.value.questionIndex)
        return fail(
          'invalid-input',
          `Theme ${id} answers another question (${questionLabel(found.value.question)}) than ${into} ` +
            `(${questionLabel(q)}); only themes of one question and audience can be merged.`,
        );
      merged.push(found.value.theme);
    }
    const into_ = target.value.theme;
    const subPoints = [...new Set([...into_.subPoints, ...merged.flatMap((t) => t.subPoints)])];
    const theme: CodedTheme = {
      ...into_,
      noteIds: [...into_.noteIds, ...merged.flatMap((t) => t.noteIds)],
      subPoints: subPoints.slice(0, PROJECT_LIMITS.subPoints),
      quoteNoteId: into_.quoteNoteId ?? merged.find((t) => t.quoteNoteId !== null)?.quoteNoteId ?? null,
    };
    const gone = new Set(from);
    const themes = q.themes.filter((t) => !gone.has(t.id)).map((t) => (t.id === into ? theme : t));
    return ok(withQuestion(project, target.value.questionIndex, { ...q, themes }));
  },
  touches: (before, { into, from }) => ({
    questionIndex: findTheme(before, into)!.questionIndex,
    themeIds: [into, ...from],
    other: false,
  }),
  summarise: (before, { into, from }) =>
    `Merged ${from.map((id) => themeName(findTheme(before, id)!.theme)).join(', ')} into ${themeName(findTheme(before, into)!.theme)}`,
});

export const splitTheme = defineReviewOperation({
  name: 'splitTheme',
  describe: 'Split a theme',
  args: z.strictObject({ themeId: ThemeRefSchema, noteIds: noteList, headline: headlineSchema }),
  apply(project, { themeId, noteIds, headline }) {
    const found = themeOrFail(project, themeId);
    if (!found.ok) return found;
    const source = found.value.theme;
    const moving = new Set(noteIds);
    if (moving.size !== noteIds.length)
      return fail('invalid-input', 'A note is named twice in the notes to split off.');
    const inTheme = new Set(source.noteIds);
    const stranger = noteIds.find((id) => !inTheme.has(id));
    if (stranger !== undefined)
      return fail(
        'invalid-input',
        `Note ${stranger} is not in theme ${themeLabel(source)}; split off only the theme’s own notes.`,
      );
    if (moving.size === source.noteIds.length)
      return fail(
        'invalid-input',
        `Splitting off every note would leave theme ${themeLabel(source)} empty; leave at least one note, or rename the theme instead.`,
      );
    const quoteMoves = source.quoteNoteId !== null && moving.has(source.quoteNoteId);
    const id = `t-${project.nextThemeNumber}`;
    const added: CodedTheme = {
      id,
      headline,
      definition: '',
      subPoints: [],
      quoteNoteId: quoteMoves ? source.quoteNoteId : null,
      approved: false,
      noteIds: source.noteIds.filter((n) => moving.has(n)),
      origin: 'analyst',
    };
    const kept: CodedTheme = {
      ...source,
      noteIds: source.noteIds.filter((n) => !moving.has(n)),
      quoteNoteId: quoteMoves ? null : source.quoteNoteId,
    };
    const themes = found.value.question.themes.slice();
    themes.splice(found.value.themeIndex, 1, kept, added);
    const next = withQuestion(project, found.value.questionIndex, { ...found.value.question, themes });
    return ok({ ...next, nextThemeNumber: project.nextThemeNumber + 1 });
  },
  touches: (before, { themeId }) => ({
    questionIndex: findTheme(before, themeId)!.questionIndex,
    themeIds: [themeId],
    other: false,
  }),
  summarise: (before, { themeId, noteIds, headline }) =>
    `Split ${notesCount(noteIds.length)} off ${themeName(findTheme(before, themeId)!.theme)} into a new theme "${headline}"`,
});

/** The question with `noteIds` (all in it) moved to `to`, each note keeping its order; a moved quote is cleared. */
function moved(question: QuestionCoding, noteIds: readonly string[], to: string): QuestionCoding {
  const already = new Set(to === OTHER ? question.other : findIn(question, to)!.noteIds);
  const arriving = noteIds.filter((id) => !already.has(id));
  const going = new Set(arriving);
  const themes = question.themes.map((t): CodedTheme => {
    if (t.id === to) return { ...t, noteIds: [...t.noteIds, ...arriving] };
    if (!t.noteIds.some((id) => going.has(id))) return t;
    const quoteNoteId = t.quoteNoteId !== null && going.has(t.quoteNoteId) ? null : t.quoteNoteId;
    return { ...t, noteIds: t.noteIds.filter((id) => !going.has(id)), quoteNoteId };
  });
  return {
    ...question,
    themes,
    other: to === OTHER ? [...question.other, ...arriving] : question.other.filter((id) => !going.has(id)),
  };
}

function findIn(question: QuestionCoding, themeId: string): CodedTheme | undefined {
  return question.themes.find((t) => t.id === themeId);
}

/** Where `noteIds` can go to `to`: their one question, or why not. */
function destination(project: SynthesisProject, noteIds: readonly string[], to: string): Result<number> {
  const where = noteLocations(project);
  const unknown = noteIds.find((id) => !where.has(id));
  if (unknown !== undefined)
    return fail(
      'not-found',
      `Note ${unknown} is not in this project (its export may not have been added). Reload the project.`,
    );
  const questions = new Set(noteIds.map((id) => where.get(id)!.questionIndex));
  if (to === OTHER) {
    if (questions.size > 1)
      return fail(
        'invalid-input',
        'These notes answer different questions; move the notes of one question at a time to "other".',
      );
    return ok([...questions][0]);
  }
  const target = themeOrFail(project, to);
  if (!target.ok) return target;
  const strayIndex = [...questions].find((qi) => qi !== target.value.questionIndex);
  if (strayIndex !== undefined)
    return fail(
      'invalid-input',
      `Some of these notes answer another question (${questionLabel(project.coding.questions[strayIndex])}) than theme ` +
        `${themeLabel(target.value.theme)} (${questionLabel(target.value.question)}); a note can only move within its own question.`,
    );
  return ok(target.value.questionIndex);
}

function moveTo(project: SynthesisProject, noteIds: readonly string[], to: string): Result<SynthesisProject> {
  const qi = destination(project, noteIds, to);
  if (!qi.ok) return qi;
  return ok(withQuestion(project, qi.value, moved(project.coding.questions[qi.value], noteIds, to)));
}

/** The themes a move takes notes from and to, in the question before. */
function moveTouches(before: SynthesisProject, noteIds: readonly string[], to: string): Touched {
  const where = noteLocations(before);
  const places = new Set(noteIds.map((id) => where.get(id)!.place));
  places.add(to);
  return {
    questionIndex: where.get(noteIds[0])!.questionIndex,
    themeIds: [...places].filter((p) => p !== OTHER),
    other: places.has(OTHER),
  };
}

const targetLabel = (before: SynthesisProject, to: string) =>
  to === OTHER ? '"other"' : themeName(findTheme(before, to)!.theme);

export const moveNotes = defineReviewOperation({
  name: 'moveNotes',
  describe: 'Move notes',
  args: z.strictObject({ noteIds: noteList, to: TargetSchema }),
  apply(project, { noteIds, to }) {
    if (new Set(noteIds).size !== noteIds.length)
      return fail('invalid-input', 'A note is named twice in the notes to move.');
    return moveTo(project, noteIds, to);
  },
  touches: (before, { noteIds, to }) => moveTouches(before, noteIds, to),
  summarise: (before, { noteIds, to }) =>
    `Moved ${notesCount(noteIds.length)} (${noteIds.slice(0, 5).join(', ')}${noteIds.length > 5 ? ', …' : ''}) to ${targetLabel(before, to)}`,
});

/** The notes of a table group that this project codes, in the coding's order. */
export function notesOfGroup(project: SynthesisProject, groupId: string): string[] {
  const ids: string[] = [];
  for (const q of project.coding.questions) {
    for (const t of q.themes) for (const id of t.noteIds) if (project.noteGroups[id] === groupId) ids.push(id);
    for (const id of q.other) if (project.noteGroups[id] === groupId) ids.push(id);
  }
  return ids;
}

export const moveGroup = defineReviewOperation({
  name: 'moveGroup',
  describe: 'Move a table group',
  args: z.strictObject({ groupId: z.string().min(1).max(200), to: TargetSchema }),
  apply(project, { groupId, to }) {
    const noteIds = notesOfGroup(project, groupId);
    if (noteIds.length === 0)
      return fail(
        'not-found',
        `No note of this project is in the table group ${groupId}; choose a group from a theme’s list.`,
      );
    return moveTo(project, noteIds, to);
  },
  touches: (before, { groupId, to }) => moveTouches(before, notesOfGroup(before, groupId), to),
  summarise: (before, { groupId, to }, names) =>
    `Moved the table group ${names.group?.(groupId) ?? groupId} (${notesCount(notesOfGroup(before, groupId).length)}) to ${targetLabel(before, to)}`,
});
