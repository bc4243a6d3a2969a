import { z } from 'zod';
import type { SessionDocument } from '../document/schema';
import { fail, ok, type Result } from '../result';
import { addExercise, removeExercise } from './exerciseOperations';
import { addNotes, deleteNotes, editNoteText, moveNotes } from './noteOperations';
import { updateEventDetails } from './sessionOperations';
import { restoreVersion } from './versionOperations';
import { restoreNotes, setNoteDetails } from './noteDetailOperations';
import {
  addLinks,
  castVotes,
  createCluster,
  deleteCluster,
  deleteLinks,
  setBoardState,
  updateCluster,
  withdrawVotes,
} from './boardRecordOperations';
import { defineOperation, type OperationDefinition } from './definition';
import { addTable, removeTable, updateTable } from './tableOperations';
import { setFacilitation, updateExercise } from './facilitationOperations';
import { STRUCTURAL_OPERATIONS, lockedBoardChanged } from './locking';
import { addRoomBoard, removeRoomBoard } from './roomBoardOperations';
import { setNoteCluster } from './clusterMembership';

/**
 * Several operations as one step: applied in order, all or none, and undone together. Its
 * inner operations are validated one by one as it applies (the schema cannot name itself).
 */
type LooseOperation = { name: string; args: unknown };

const batch: OperationDefinition<'batch', { operations: unknown[] }> = defineOperation({
  name: 'batch',
  describe: 'Several changes',
  args: z.strictObject({ operations: z.array(z.unknown()).min(1).max(50) }),
}).as({
  apply(doc, { operations }) {
    let current = doc;
    for (const raw of operations) {
      const parsed = OperationSchema.safeParse(raw);
      if (!parsed.success) return fail('invalid-input', 'A step of this change is not one Roundtable knows.');
      const result = applyWithoutRevision(current, parsed.data as LooseOperation);
      if (!result.ok) return result;
      current = result.value;
    }
    return ok(current);
  },
  invert(before, { operations }) {
    const inverses: Operation[] = [];
    let current = before;
    for (const op of operations as LooseOperation[]) {
      inverses.unshift(definitionOf(op.name)!.invert(current, op.args));
      const result = applyWithoutRevision(current, op);
      if (result.ok) current = result.value;
    }
    return { name: 'batch', args: { operations: inverses } };
  },
});

/** Every operation a session document knows, by name. Adding one here is all it takes to ship it. */
export const OPERATIONS = {
  addNotes,
  deleteNotes,
  editNoteText,
  moveNotes,
  addExercise,
  removeExercise,
  updateEventDetails,
  restoreVersion,
  setNoteDetails,
  restoreNotes,
  createCluster,
  deleteCluster,
  updateCluster,
  setNoteCluster,
  addLinks,
  deleteLinks,
  castVotes,
  withdrawVotes,
  setBoardState,
  addTable,
  removeTable,
  updateTable,
  updateExercise,
  setFacilitation,
  addRoomBoard,
  removeRoomBoard,
  batch,
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
  const result = applyWithoutRevision(doc, op);
  if (!result.ok) return result;
  const locked = STRUCTURAL_OPERATIONS.has(op.name) ? null : lockedBoardChanged(doc, result.value);
  if (locked)
    return fail(
      'conflict',
      `The board ${locked} is locked. Unlock it (Board menu, or the Lock button) to change its notes.`,
    );
  return ok({ ...result.value, revision: doc.revision + 1, updatedAt: now });
}

function definitionOf(name: string): OperationDefinition<string, unknown> | undefined {
  return Object.hasOwn(OPERATIONS, name)
    ? (OPERATIONS[name as OperationName] as unknown as OperationDefinition<string, unknown>)
    : undefined;
}

function applyWithoutRevision(doc: SessionDocument, op: LooseOperation): Result<SessionDocument> {
  const def = definitionOf(op.name);
  if (!def) return fail('invalid-input', `"${String(op.name)}" is not an operation Roundtable knows.`);
  return def.apply(doc, op.args);
}

/** The operation that undoes `op`, computed from the document as it was before `op` applied. */
export function invertOperation(before: SessionDocument, op: Operation): Operation {
  return definitionOf(op.name)!.invert(before, op.args);
}

/** A short label for undo/redo menus, e.g. "Move notes". */
export function describeOperation(op: Operation): string {
  return OPERATIONS[op.name].describe;
}
