import type { AreaHandlers } from '../../../shared/api/contract';
import type { EXCHANGE_METHODS } from '../../../shared/api/methods';
import { ImportService } from './importService';

type ImportMethods = 'importSessionExport' | 'planTableMerge';

/** The import half of the exchange area: a session's export as a new session, a table's as a merge. */
export function importHandlers(imports: ImportService) {
  return {
    importSessionExport: (_ctx, fileName, text) => imports.importSessionExport(fileName, text),
    planTableMerge: (ctx, id, fileName, text) => imports.planTableMerge(ctx, id, fileName, text),
  } satisfies AreaHandlers<ImportMethods & keyof typeof EXCHANGE_METHODS>;
}
