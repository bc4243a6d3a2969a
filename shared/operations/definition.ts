import type { z } from 'zod';
import type { SessionDocument } from '../document/schema';
import { fail, ok, type Result } from '../result';

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
  invert(before: SessionDocument, args: Args): { name: string; args: unknown };
}

/** Declares an operation with its types inferred from the arguments' schema. */
export function defineOperation<Name extends string, Schema extends z.ZodType>(
  def: OperationDefinition<Name, z.output<Schema>> & { args: Schema },
): OperationDefinition<Name, z.output<Schema>> {
  return def;
}

/** The failure for an operation that names a record the document does not have. */
export function missing(kind: string, id: string): Result<SessionDocument> {
  return fail(
    'not-found',
    `The ${kind} ${id} is not in this session (it may have been deleted). Reload the session and try again.`,
  );
}

export { ok };
