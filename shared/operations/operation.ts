import type { z } from 'zod';
import type { OPERATION_ARGS } from './operationSchemas';

// An operation as data, in plain TypeScript: what the renderer builds and sends at any time, its
// first paint included. The types come from the arguments' schemas (operationSchemas.ts), so the
// compiler ties every name to its schema, but this module loads neither the schemas nor zod.

export type OperationName = keyof typeof OPERATION_ARGS;
export type OperationArgs<N extends OperationName> = z.output<(typeof OPERATION_ARGS)[N]>;

/** An operation as data: what travels over IPC or a socket and what undo keeps. */
export type Operation = { [N in OperationName]: { name: N; args: OperationArgs<N> } }[OperationName];

/** Builds an operation with its arguments checked by the compiler. */
export function operation<N extends OperationName>(name: N, args: OperationArgs<N>): Operation {
  return { name, args } as Operation;
}
