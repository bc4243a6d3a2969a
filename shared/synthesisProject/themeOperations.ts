import { z } from 'zod';
import { fail, ok } from '../result';
import {
  defineReviewOperation,
  findTheme,
  headlineSchema,
  NoteRefSchema,
  themeLabel,
  themeName,
  themeOrFail,
  ThemeRefSchema,
  withTheme,
  type Touched,
} from './definition';
import type { SynthesisProject } from './schema';
import { PROJECT_LIMITS } from './schema';

// The decisions that change one theme's words or standing, never which notes it holds.

function oneTheme(before: SynthesisProject, themeId: string): Touched {
  return { questionIndex: findTheme(before, themeId)!.questionIndex, themeIds: [themeId], other: false };
}

const theme = (before: SynthesisProject, themeId: string) => themeName(findTheme(before, themeId)!.theme);

export const renameTheme = defineReviewOperation({
  name: 'renameTheme',
  describe: 'Rename a theme',
  args: z.strictObject({ themeId: ThemeRefSchema, headline: headlineSchema }),
  apply(project, { themeId, headline }) {
    const found = themeOrFail(project, themeId);
    if (!found.ok) return found;
    return ok(withTheme(project, found.value, { ...found.value.theme, headline }));
  },
  touches: (before, { themeId }) => oneTheme(before, themeId),
  summarise: (before, { themeId, headline }) => `Renamed ${theme(before, themeId)} to "${headline}"`,
});

export const defineTheme = defineReviewOperation({
  name: 'defineTheme',
  describe: 'Write a theme’s definition',
  args: z.strictObject({ themeId: ThemeRefSchema, definition: z.string().trim().max(PROJECT_LIMITS.text) }),
  apply(project, { themeId, definition }) {
    const found = themeOrFail(project, themeId);
    if (!found.ok) return found;
    return ok(withTheme(project, found.value, { ...found.value.theme, definition }));
  },
  touches: (before, { themeId }) => oneTheme(before, themeId),
  summarise: (before, { themeId, definition }) =>
    definition
      ? `Defined ${theme(before, themeId)}: "${definition}"`
      : `Cleared the definition of ${theme(before, themeId)}`,
});

export const setSubPoints = defineReviewOperation({
  name: 'setSubPoints',
  describe: 'Set a theme’s sub-points',
  args: z.strictObject({
    themeId: ThemeRefSchema,
    subPoints: z
      .array(z.string().trim().min(1, 'a sub-point cannot be empty').max(PROJECT_LIMITS.text))
      .max(PROJECT_LIMITS.subPoints, `a theme has at most ${PROJECT_LIMITS.subPoints} sub-points`),
  }),
  apply(project, { themeId, subPoints }) {
    const found = themeOrFail(project, themeId);
    if (!found.ok) return found;
    return ok(withTheme(project, found.value, { ...found.value.theme, subPoints }));
  },
  touches: (before, { themeId }) => oneTheme(before, themeId),
  summarise: (before, { themeId, subPoints }) =>
    `Set ${subPoints.length} sub-point${subPoints.length === 1 ? '' : 's'} of ${theme(before, themeId)}` +
    (subPoints.length ? `: ${subPoints.map((s) => `"${s}"`).join('; ')}` : ''),
});

export const pickQuote = defineReviewOperation({
  name: 'pickQuote',
  describe: 'Pick a theme’s quote',
  args: z.strictObject({ themeId: ThemeRefSchema, noteId: NoteRefSchema.nullable() }),
  apply(project, { themeId, noteId }) {
    const found = themeOrFail(project, themeId);
    if (!found.ok) return found;
    if (noteId !== null && !found.value.theme.noteIds.includes(noteId))
      return fail(
        'invalid-input',
        `Note ${noteId} is not in theme ${themeLabel(found.value.theme)}; pick the quote from the theme’s own notes.`,
      );
    return ok(withTheme(project, found.value, { ...found.value.theme, quoteNoteId: noteId }));
  },
  touches: (before, { themeId }) => oneTheme(before, themeId),
  summarise: (before, { themeId, noteId }) =>
    noteId
      ? `Picked note ${noteId} as the quote of ${theme(before, themeId)}`
      : `Cleared the quote of ${theme(before, themeId)}`,
});

export const setApproved = defineReviewOperation({
  name: 'setApproved',
  describe: 'Approve a theme',
  args: z.strictObject({ themeId: ThemeRefSchema, approved: z.boolean() }),
  apply(project, { themeId, approved }) {
    const found = themeOrFail(project, themeId);
    if (!found.ok) return found;
    const next = withTheme(project, found.value, { ...found.value.theme, approved });
    // Approving a theme is reviewing its notes: the new ones in it are new no longer.
    const seen = approved ? new Set(found.value.theme.noteIds) : null;
    return ok(
      seen && project.unreviewed.some((id) => seen.has(id))
        ? { ...next, unreviewed: project.unreviewed.filter((id) => !seen.has(id)) }
        : next,
    );
  },
  touches: (before, { themeId, approved }) => {
    const seen = new Set(findTheme(before, themeId)!.theme.noteIds);
    return { ...oneTheme(before, themeId), unreviewed: approved && before.unreviewed.some((id) => seen.has(id)) };
  },
  summarise: (before, { themeId, approved }) =>
    `${approved ? 'Approved' : 'Withdrew approval of'} ${theme(before, themeId)}`,
});
