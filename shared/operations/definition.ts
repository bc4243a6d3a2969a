import type { z } from 'zod';
import type { SessionDocument } from '../document/schema';
import { fail, ok, type Result } from '../result';
// Type-only, so there is no cycle at run time: an inverse is one of the registered operations.
import type { Operation } from './registry';

/**
 * A named pure change to a session document, in the Excalidraw "action" style: its
 * arguments are data (validated by `args` wherever they arrive from), `apply` returns a
 * new document and never mutates the old one, and `invert` gives the operation that
 * undoes it, computed from the document as it was before.
 */
export interface OperationDefinition<Name extends string, Args> {
  name: Name;
  /** One line for people: what the operation does, used in undo/redo labels. */
  describe: string;
  args: z.ZodType<Args>;
  apply(doc: SessionDocument, args: Args): Result<SessionDocument>;
  /** The registered operation that undoes this one: the compiler checks its name and arguments. */
  invert(before: SessionDocument, args: Args): Operation;
}

/** What an operation does, given its arguments' type. */
export interface OperationBehaviour<Args> {
  apply(doc: SessionDocument, args: Args): Result<SessionDocument>;
  invert(before: SessionDocument, args: Args): Operation;
}

/** The first half of `defineOperation`: the name and schema, whose types `as` then uses. */
export interface OperationHead<Name extends string, Args> {
  as(behaviour: OperationBehaviour<Args>): OperationDefinition<Name, Args>;
}

/**
 * Declares an operation with its types inferred from the arguments' schema:
 * `defineOperation({ name, describe, args }).as({ apply, invert })`. It comes in two halves
 * so that the operation's type is known from its schema before its inverse is checked:
 * an inverse names other operations, whose union is built from this one.
 */
export function defineOperation<Name extends string, Schema extends z.ZodType>(head: {
  name: Name;
  describe: string;
  args: Schema;
}): OperationHead<Name, z.output<Schema>> {
  return {
    as: (behaviour) => ({ ...head, args: head.args as z.ZodType<z.output<Schema>>, ...behaviour }),
  };
}

/** The failure for an operation that names a record the document does not have. */
export function missing(kind: string, id: string): Result<SessionDocument> {
  return fail(
    'not-found',
    `The ${kind} ${id} is not in this session (it may have been deleted). Reload the session and try again.`,
  );
}

export { ok };
