import { late } from './lateCode';

/**
 * The operations' behaviours (shared/operations/registry.ts): what applies, undoes and
 * describes a change. The board is drawn without them; they load after its first paint, with
 * the window's commands (lateCode.ts), and what changes the session before then waits for them.
 */
export const operations = late(() => import('../../../shared/operations/registry'));
