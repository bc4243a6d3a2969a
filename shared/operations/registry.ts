// The operations' behaviours, in plain TypeScript: what applies, inverts and describes an
// operation, with no schema (the renderer loads this module just after its first paint, with
// its commands: renderer/src/state/operationsLoading.ts). The
// arguments' schemas, and OperationSchema that checks what arrives, are in operationSchemas.ts.
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
import type { Operation, OperationArgs, OperationName } from './operation';
import { addTable, removeTable, updateTable } from './tableOperations';
import { setFacilitation, updateExercise } from './facilitationOperations';
import { STRUCTURAL_OPERATIONS, lockedBoardChanged } from './locking';
import { addRoomBoard, removeRoomBoard } from './roomBoardOperations';
import { setNoteCluster } from './clusterMembership';

/**
 * Several operations as one step: applied in order, all or none, and undone together. Its
 * inner operations are validated one by one by OperationSchema (operationSchemas.ts), where
 * they arrive; here a step that is not an operation is refused all the same.
 */
type LooseOperation = { name: string; args: unknown };

function isLooseOperation(raw: unknown): raw is LooseOperation {
  return typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string';
}

const batch = defineOperation({ name: 'batch', describe: 'Several changes' }).as({
  apply(doc, { operations }) {
    let current = doc;
    for (const raw of operations) {
      if (!isLooseOperation(raw)) return fail('invalid-input', 'A step of this change is not one Roundtable knows.');
      const result = applyWithoutRevision(current, raw);
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

/**
 * Every operation a session document knows, by name, with its behaviour; its arguments'
 * schema has the same name in operationSchemas.ts. Adding one to both is all it takes to
 * ship it (the compiler refuses a name missing from either).
 */
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
} as const satisfies { [N in OperationName]: OperationDefinition<N, OperationArgs<N>> };

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

export { operation, type Operation, type OperationArgs, type OperationName } from './operation';
