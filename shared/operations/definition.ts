import type { SessionDocument } from '../document/schema';
import { fail, ok, type Result } from '../result';
import type { Operation, OperationArgs, OperationName } from './operation';

/**
 * A named pure change to a session document, in the Excalidraw "action" style: its
 * arguments are data (validated by its schema in operationSchemas.ts wherever they arrive
 * from), `apply` returns a new document and never mutates the old one, and `invert` gives
 * the operation that undoes it, computed from the document as it was before. A definition
 * holds no schema: the renderer loads the behaviours just after its first paint, and the
 * schemas (and zod) once its board is drawn.
 */
export interface OperationDefinition<Name extends string, Args> {
  name: Name;
  /** One line for people: what the operation does, used in undo/redo labels. */
  describe: string;
  apply(doc: SessionDocument, args: Args): Result<SessionDocument>;
  /** The registered operation that undoes this one: the compiler checks its name and arguments. */
  invert(before: SessionDocument, args: Args): Operation;
}

/** What an operation does, given its arguments' type. */
export interface OperationBehaviour<Args> {
  apply(doc: SessionDocument, args: Args): Result<SessionDocument>;
  invert(before: SessionDocument, args: Args): Operation;
}

/** The first half of `defineOperation`: the name, whose arguments' type `as` then uses. */
export interface OperationHead<Name extends string, Args> {
  as(behaviour: OperationBehaviour<Args>): OperationDefinition<Name, Args>;
}

/**
 * Declares an operation's behaviour, its arguments typed by the schema of the same name in
 * operationSchemas.ts: `defineOperation({ name, describe }).as({ apply, invert })`.
 */
export function defineOperation<Name extends OperationName>(head: {
  name: Name;
  describe: string;
}): OperationHead<Name, OperationArgs<Name>> {
  return { as: (behaviour) => ({ ...head, ...behaviour }) };
}

/** The failure for an operation that names a record the document does not have. */
export function missing(kind: string, id: string): Result<SessionDocument> {
  return fail(
    'not-found',
    `The ${kind} ${id} is not in this session (it may have been deleted). Reload the session and try again.`,
  );
}

export { ok };
