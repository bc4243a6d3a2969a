import { z } from 'zod';
import type { SessionDocument } from '../document/schema';
import { fail, ok, type Result } from '../result';
import { addExercise, removeExercise } from './exerciseOperations';
import { addNotes, deleteNotes, editNoteText, moveNotes } from './noteOperations';
import { updateEventDetails } from './sessionOperations';

/** Every operation a session document knows, by name. Adding one here is all it takes to ship it. */
export const OPERATIONS = {
  addNotes,
  deleteNotes,
  editNoteText,
  moveNotes,
  addExercise,
  removeExercise,
  updateEventDetails,
} as const;

type Definitions = typeof OPERATIONS;
export type OperationName = keyof Definitions;
export type OperationArgs<N extends OperationName> = z.output<Definitions[N]['args']>;

/** An operation as data: what travels over IPC or a socket and what undo keeps. */
export type Operation = { [N in OperationName]: { name: N; args: OperationArgs<N> } }[OperationName];

/** Validates an operation arriving from anywhere: a known name and arguments that pass its schema. */
export const OperationSchema: z.ZodType<Operation> = z
  .strictObject({ name: z.string().max(40), args: z.unknown() })
  .transform((raw, ctx) => {
    const def = Object.hasOwn(OPERATIONS, raw.name) ? OPERATIONS[raw.name as OperationName] : undefined;
    if (!def) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: `"${raw.name}" is not an operation Roundtable knows` });
      return z.NEVER;
    }
    const parsed = def.args.safeParse(raw.args);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['args', ...issue.path] } as never);
      return z.NEVER;
    }
    return { name: raw.name, args: parsed.data } as Operation;
  }) as unknown as z.ZodType<Operation>;

/** Builds an operation with its arguments checked by the compiler. */
export function operation<N extends OperationName>(name: N, args: OperationArgs<N>): Operation {
  return { name, args } as Operation;
}

/**
 * Applies an operation: a new document with the revision moved on and `updatedAt` set to
 * `now`, or the reason it cannot apply. The input document is never changed.
 */
export function applyOperation(doc: SessionDocument, op: Operation, now: string): Result<SessionDocument> {
  const def = OPERATIONS[op.name] as Definitions[OperationName] | undefined;
  if (!def) return fail('invalid-input', `"${String(op.name)}" is not an operation Roundtable knows.`);
  const result = (def.apply as (d: SessionDocument, a: unknown) => Result<SessionDocument>)(doc, op.args);
  if (!result.ok) return result;
  return ok({ ...result.value, revision: doc.revision + 1, updatedAt: now });
}

/** The operation that undoes `op`, computed from the document as it was before `op` applied. */
export function invertOperation(before: SessionDocument, op: Operation): Operation {
  const def = OPERATIONS[op.name];
  return (def.invert as (d: SessionDocument, a: unknown) => Operation)(before, op.args);
}

/** A short label for undo/redo menus, e.g. "Move notes". */
export function describeOperation(op: Operation): string {
  return OPERATIONS[op.name].describe;
}
