import type { AreaHandlers } from '../../../shared/api/contract';
import type { EXCHANGE_METHODS } from '../../../shared/api/methods';
import { piiFlagsOf } from '../../../shared/export/review';
import type { SessionStore } from '../sessions/sessionStore';
import { exportSessionWithWorkbook } from './exportService';

type ExportMethods = 'checkExportPii' | 'exportSession' | 'exportTable';

/** The export half of the exchange area: the PII check, then a session's or one table's export. */
export function exportHandlers(store: SessionStore, appVersion: string) {
  return {
    checkExportPii: async (_ctx, id) => piiFlagsOf(await store.document(id)),
    exportSession: async (_ctx, id, review) =>
      exportSessionWithWorkbook(await store.document(id), { appVersion, now: store.now(), review }),
    exportTable: async (_ctx, id, tableId, review) =>
      exportSessionWithWorkbook(await store.document(id), { appVersion, now: store.now(), review, tableId }),
  } satisfies AreaHandlers<ExportMethods & keyof typeof EXCHANGE_METHODS>;
}
