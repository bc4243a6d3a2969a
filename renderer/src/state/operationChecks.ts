import type { OperationSchema } from '../../../shared/operations/operationSchemas';

// The operations' schemas (and zod) load after the first paint: nothing the renderer shows
// at start needs them. A change the user makes is checked against them before it is applied
// and sent, as the services will check it; loadOperationChecks() is called once the first
// board is drawn, and by the first change if that comes sooner.

type Checks = { OperationSchema: typeof OperationSchema };

let loaded: Checks | null = null;
let loading: Promise<Checks> | null = null;

/** The schemas once they have loaded, or null. */
export function operationChecks(): Checks | null {
  return loaded;
}

/** Loads the schemas (once); resolves when they are there. */
export function loadOperationChecks(): Promise<Checks> {
  loading ??= import('../../../shared/operations/operationSchemas').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null; // A later change tries again.
      throw error;
    },
  );
  return loading;
}
