import { z } from 'zod';
import type { CodedTheme } from '../synthesis/coding';
import { fail, ok } from '../result';
import {
  defineReviewOperation,
  NoteRefSchema,
  questionLabel,
  ThemeRefSchema,
  withQuestion,
  type Touched,
} from './definition';
import { CodedThemeSchema, PROJECT_LIMITS, type SynthesisProject } from './schema';

// The inverse of every review decision: one question's themes put back as they were, in
// their order, with the "other" list where the decision changed it. Undo and redo apply it;
// the workspace never sends it (the API takes only the named decisions).

export const restoreThemes = defineReviewOperation({
  name: 'restoreThemes',
  describe: 'Put themes back',
  args: z.strictObject({
    templateId: z.string().min(1).max(200),
    audience: z.enum(['staff', 'public']),
    /** Every theme of the question, by id, in order afterwards. */
    order: z.array(ThemeRefSchema).max(PROJECT_LIMITS.themesPerQuestion),
    /** The themes put back whole; a theme in `order` but not here stays as it is. */
    themes: z.array(CodedThemeSchema).max(PROJECT_LIMITS.themesPerQuestion),
    other: z.array(NoteRefSchema).max(PROJECT_LIMITS.notes).optional(),
    /** The project's unreviewed notes, where the change altered them. */
    unreviewed: z.array(NoteRefSchema).max(PROJECT_LIMITS.notes).optional(),
  }),
  apply(project, { templateId, audience, order, themes, other, unreviewed }) {
    const qi = project.coding.questions.findIndex((q) => q.templateId === templateId && q.audience === audience);
    if (qi < 0) return fail('not-found', `The question ${templateId} (${audience}) is not in this project.`);
    const question = project.coding.questions[qi];
    const current = new Map(question.themes.map((t) => [t.id, t]));
    const given = new Map(themes.map((t) => [t.id, t]));
    const inOrder = new Set(order);
    if (inOrder.size !== order.length) return fail('invalid-input', 'A theme is named twice in the order to put back.');
    const unplaced = themes.find((t) => !inOrder.has(t.id));
    if (unplaced) return fail('invalid-input', `Theme ${unplaced.id} is given but not placed in the order.`);
    const next: CodedTheme[] = [];
    for (const id of order) {
      const theme = given.get(id) ?? current.get(id);
      if (!theme)
        return fail('not-found', `Theme ${id} is neither in ${questionLabel(question)} nor given to put back.`);
      if (Number(id.slice(2)) >= project.nextThemeNumber)
        return fail('invalid-input', `Theme ${id} was never made in this project; a theme id is never made up.`);
      next.push(theme);
    }
    const restored = withQuestion(project, qi, { ...question, themes: next, other: other ?? question.other });
    return ok(unreviewed ? { ...restored, unreviewed } : restored);
  },
  touches(before, { templateId, audience, order, themes, other, unreviewed }): Touched {
    const questionIndex = before.coding.questions.findIndex(
      (q) => q.templateId === templateId && q.audience === audience,
    );
    const inOrder = new Set(order);
    const dropped = before.coding.questions[questionIndex].themes.filter((t) => !inOrder.has(t.id)).map((t) => t.id);
    return {
      questionIndex,
      themeIds: [...new Set([...themes.map((t) => t.id), ...dropped])],
      other: other !== undefined,
      unreviewed: unreviewed !== undefined,
    };
  },
  summarise: (_before, { themes }) =>
    `Put back ${themes.map((t) => `"${t.headline}"`).join(', ') || 'the order of the themes'}`,
});

/** The restoreThemes that undoes a change to what `touched` names, from the project before it. */
export function restoreOf(before: SynthesisProject, touched: Touched) {
  const question = before.coding.questions[touched.questionIndex];
  const wanted = new Set(touched.themeIds);
  return {
    name: 'restoreThemes' as const,
    args: {
      templateId: question.templateId,
      audience: question.audience,
      order: question.themes.map((t) => t.id),
      themes: question.themes.filter((t) => wanted.has(t.id)),
      ...(touched.other ? { other: question.other } : {}),
      ...(touched.unreviewed ? { unreviewed: before.unreviewed } : {}),
    },
  };
}
