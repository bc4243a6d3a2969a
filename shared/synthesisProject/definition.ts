import { z } from 'zod';
import type { CodedTheme, QuestionCoding } from '../synthesis/coding';
import { fail, type Result } from '../result';
import type { SynthesisProject } from './schema';

/** What an operation changes in one question: its themes by id, and whether its "other" list. */
export interface Touched {
  questionIndex: number;
  themeIds: string[];
  other: boolean;
  /** Whether the project's list of unreviewed notes changes too. */
  unreviewed?: boolean;
}

/**
 * A named pure review decision on a synthesis project, as shared/operations does for
 * sessions: its arguments are data checked by `args`, `apply` returns a new project and never
 * changes the old one. Its inverse is worked out from what it `touches`: the themes (and the
 * "other" list) of one question as they were before, put back by restoreThemes.
 */
export interface ReviewOperationDefinition<Name extends string, Args> {
  name: Name;
  /** One line for people, used in undo/redo labels. */
  describe: string;
  args: z.ZodType<Args>;
  apply(project: SynthesisProject, args: Args): Result<SynthesisProject>;
  /** What `apply` changes, given the project before (called only once `apply` has succeeded). */
  touches(before: SynthesisProject, args: Args): Touched;
  /** The decision in words for the audit log, e.g. `Renamed "Staffing" to "Not enough staff"`. */
  summarise(before: SynthesisProject, args: Args, names: AuditNames): string;
}

/**
 * What the audit log calls the things a project names only by id: a table group by its
 * headline, table and event (the project holds only which notes a group has; the exports
 * read hold its words). Without it, a group is named by its id.
 */
export interface AuditNames {
  group?(groupId: string): string | undefined;
}

export function defineReviewOperation<Name extends string, Schema extends z.ZodType>(def: {
  name: Name;
  describe: string;
  args: Schema;
  apply(project: SynthesisProject, args: z.output<Schema>): Result<SynthesisProject>;
  touches(before: SynthesisProject, args: z.output<Schema>): Touched;
  summarise(before: SynthesisProject, args: z.output<Schema>, names: AuditNames): string;
}): ReviewOperationDefinition<Name, z.output<Schema>> {
  return def as unknown as ReviewOperationDefinition<Name, z.output<Schema>>;
}

export const ThemeRefSchema = z.string().regex(/^t-[1-9]\d{0,8}$/, 'a theme id is "t-" and a number, e.g. t-3');
export const NoteRefSchema = z.string().min(1).max(200);
export const headlineSchema = z.string().trim().min(1, 'a headline cannot be empty').max(300);

export interface FoundTheme {
  questionIndex: number;
  themeIndex: number;
  question: QuestionCoding;
  theme: CodedTheme;
}

/** The theme with this id, wherever it is in the project, or null. */
export function findTheme(project: SynthesisProject, themeId: string): FoundTheme | null {
  const questions = project.coding.questions;
  for (let questionIndex = 0; questionIndex < questions.length; questionIndex++) {
    const question = questions[questionIndex];
    const themeIndex = question.themes.findIndex((t) => t.id === themeId);
    if (themeIndex >= 0) return { questionIndex, themeIndex, question, theme: question.themes[themeIndex] };
  }
  return null;
}

/** The theme with this id, for an operation whose arguments name it: the failure says what to do. */
export function themeOrFail(project: SynthesisProject, themeId: string): Result<FoundTheme> {
  const found = findTheme(project, themeId);
  if (found) return { ok: true, value: found };
  return fail(
    'not-found',
    `Theme ${themeId} does not exist in this project (it may have been merged into another theme, or the id is mistyped). ` +
      'Reload the project and choose a theme from its list.',
  );
}

/** The project with one question's coding replaced. */
export function withQuestion(project: SynthesisProject, index: number, question: QuestionCoding): SynthesisProject {
  const questions = project.coding.questions.slice();
  questions[index] = question;
  return { ...project, coding: { ...project.coding, questions } };
}

/** The project with one theme replaced (the theme keeps its place). */
export function withTheme(project: SynthesisProject, found: FoundTheme, theme: CodedTheme): SynthesisProject {
  const themes = found.question.themes.slice();
  themes[found.themeIndex] = theme;
  return withQuestion(project, found.questionIndex, { ...found.question, themes });
}

/** How a theme is named in messages: its id and headline. */
export function themeLabel(theme: CodedTheme): string {
  return `${theme.id} "${theme.headline}"`;
}

/** How a theme is named in the audit log, which people read: its headline. */
export function themeName(theme: CodedTheme): string {
  return `"${theme.headline}"`;
}

/** A question as people read it in messages. */
export function questionLabel(question: QuestionCoding): string {
  return `${question.templateId} (${question.audience})`;
}

/** Where each note is: its question and its theme's id, or "other". */
export function noteLocations(project: SynthesisProject): Map<string, { questionIndex: number; place: string }> {
  const where = new Map<string, { questionIndex: number; place: string }>();
  project.coding.questions.forEach((q, questionIndex) => {
    for (const t of q.themes) for (const id of t.noteIds) where.set(id, { questionIndex, place: t.id });
    for (const id of q.other) where.set(id, { questionIndex, place: 'other' });
  });
  return where;
}

/** "3 notes", "1 note". */
export function notesCount(n: number): string {
  return `${n} note${n === 1 ? '' : 's'}`;
}
