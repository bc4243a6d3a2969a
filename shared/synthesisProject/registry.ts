import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import type { AuditNames, ReviewOperationDefinition } from './definition';
import { mergeThemes, moveGroup, moveNotes, splitTheme } from './noteOperations';
import { restoreOf, restoreThemes } from './restoreThemes';
import { codingProblem, type SynthesisProject } from './schema';
import { defineTheme, pickQuote, renameTheme, setApproved, setSubPoints } from './themeOperations';

/** The review decisions an analyst makes, by name: what the workspace and the API send. */
export const REVIEW_OPERATIONS = {
  mergeThemes,
  splitTheme,
  renameTheme,
  defineTheme,
  setSubPoints,
  moveNotes,
  moveGroup,
  pickQuote,
  setApproved,
} as const;

/** Every operation a project knows: the decisions, and restoreThemes that undo and redo apply. */
const ALL_OPERATIONS = { ...REVIEW_OPERATIONS, restoreThemes } as const;

type Definitions = typeof ALL_OPERATIONS;
export type ProjectOperationName = keyof Definitions;
export type ReviewOperationName = keyof typeof REVIEW_OPERATIONS;
export type ProjectOperationArgs<N extends ProjectOperationName> = z.output<Definitions[N]['args']>;
/** Any project operation as data, as undo and redo keep it. */
export type ProjectOperation = {
  [N in ProjectOperationName]: { name: N; args: ProjectOperationArgs<N> };
}[ProjectOperationName];
/** A review decision as data: what the workspace sends. */
export type ReviewOperation = Extract<ProjectOperation, { name: ReviewOperationName }>;

export const REVIEW_OPERATION_NAMES = Object.keys(REVIEW_OPERATIONS) as ReviewOperationName[];

function definitionOf(name: string): ReviewOperationDefinition<string, unknown> | undefined {
  return Object.hasOwn(ALL_OPERATIONS, name)
    ? (ALL_OPERATIONS[name as ProjectOperationName] as unknown as ReviewOperationDefinition<string, unknown>)
    : undefined;
}

/** Checks a review decision arriving from anywhere: a decision's name, and arguments that pass its schema. */
export const ReviewOperationSchema: z.ZodType<ReviewOperation> = z
  .strictObject({ name: z.string().max(40), args: z.unknown() })
  .transform((raw, ctx) => {
    if (!Object.hasOwn(REVIEW_OPERATIONS, raw.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `"${raw.name}" is not a review decision Roundtable knows (it knows ${REVIEW_OPERATION_NAMES.join(', ')})`,
      });
      return z.NEVER;
    }
    const parsed = definitionOf(raw.name)!.args.safeParse(raw.args);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['args', ...issue.path] } as never);
      return z.NEVER;
    }
    return { name: raw.name, args: parsed.data } as ReviewOperation;
  }) as unknown as z.ZodType<ReviewOperation>;

/** A review decision with its arguments checked by the compiler. */
export function reviewOperation<N extends ReviewOperationName>(
  name: N,
  args: ProjectOperationArgs<N>,
): ReviewOperation {
  return { name, args } as ReviewOperation;
}

export interface Applied {
  project: SynthesisProject;
  /** The operation that undoes it, from the project before. */
  inverse: ProjectOperation;
  /** The decision in words, for the audit log. */
  summary: string;
}

/**
 * Applies any project operation (its arguments checked again here, so stored undo steps are
 * too): the new project, its inverse and its summary, or why it cannot apply. The project
 * given is never changed; the result still has every note in exactly one place.
 */
export function applyProjectOperation(
  project: SynthesisProject,
  op: { name: string; args: unknown },
  names: AuditNames = {},
): Result<Applied> {
  const def = definitionOf(op.name);
  if (!def) return fail('invalid-input', `"${String(op.name)}" is not an operation Roundtable knows.`);
  const args = def.args.safeParse(op.args);
  if (!args.success)
    return fail(
      'invalid-input',
      `The ${op.name} decision is not valid: ${args.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')}.`,
    );
  const result = def.apply(project, args.data);
  if (!result.ok) return result;
  const problem =
    partitionChanged(project, result.value) ?? codingProblem(result.value.coding, result.value.nextThemeNumber);
  if (problem) return fail('invalid-input', `The ${op.name} decision was refused: ${problem}. Nothing was changed.`);
  const touched = def.touches(project, args.data);
  return ok({
    project: result.value,
    inverse: restoreOf(project, touched) as ProjectOperation,
    summary: def.summarise(project, args.data, names),
  });
}

/** Why `after` does not hold exactly the notes `before` held, or null (codingProblem finds a note held twice). */
function partitionChanged(before: SynthesisProject, after: SynthesisProject): string | null {
  const held = new Set<string>();
  for (const q of before.coding.questions) {
    for (const t of q.themes) for (const id of t.noteIds) held.add(id);
    for (const id of q.other) held.add(id);
  }
  let count = 0;
  for (const q of after.coding.questions) {
    for (const ids of [...q.themes.map((t) => t.noteIds), q.other]) {
      for (const id of ids) if (!held.has(id)) return `the note ${id} is not in this project`;
      count += ids.length;
    }
  }
  return count === held.size ? null : 'a note would be lost or counted twice';
}

/** A short label for undo/redo, e.g. "Merge themes". */
export function describeProjectOperation(op: { name: string }): string {
  return definitionOf(op.name)?.describe ?? op.name;
}
