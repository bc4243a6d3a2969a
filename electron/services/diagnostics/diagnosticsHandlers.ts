import type { AppInfo, AreaHandlers } from '../../../shared/api/contract';
import type { DIAGNOSTICS_METHODS } from '../../../shared/api/methods';
import { collectDiagnostics, type ErrorLog } from './diagnostics';

/** The diagnostics area of the API: what is running, and the recent errors for Help > Copy diagnostics. */
export function diagnosticsHandlers(appInfo: AppInfo, templateCount: number, errors: ErrorLog | undefined) {
  return {
    getAppInfo: async () => appInfo,
    getDiagnostics: async () => collectDiagnostics(appInfo, templateCount, errors),
  } satisfies AreaHandlers<keyof typeof DIAGNOSTICS_METHODS>;
}
