import type { ApiMethod } from './methods';

/**
 * The API's method names as plain strings, in the order methods/index.ts lists them: what the
 * renderer's client needs to build its calls, without the zod schemas (and zod itself) that the
 * definitions carry. Those schemas check every call where it arrives, in the services'
 * dispatcher, so the renderer's first paint never loads them. The compiler checks this list
 * names only real methods and misses none; tests/shared/apiMethodNames.test.ts checks the order.
 */
export const API_METHOD_NAMES = [
  'getAppInfo',
  'getDiagnostics',
  'listSessions',
  'createSession',
  'openSession',
  'renameSession',
  'deleteSession',
  'applyOperation',
  'listTemplates',
  'saveTemplate',
  'deleteTemplate',
  'listSnapshots',
  'readSnapshot',
  'recoverSession',
  'listStorageNotices',
  'checkExportPii',
  'exportSession',
  'exportTable',
  'importSessionExport',
  'planTableMerge',
  'addSynthesisFiles',
  'getSynthesis',
  'clearSynthesis',
  'exportSynthesis',
  'reportToPdf',
  'createSynthesisProject',
  'listSynthesisProjects',
  'getSynthesisProjectView',
  'renameSynthesisProject',
  'deleteSynthesisProject',
  'openSynthesisProject',
  'addSynthesisProjectFiles',
  'applySynthesisReview',
  'undoSynthesisReview',
  'redoSynthesisReview',
  'setSynthesisAnalyst',
  'exportSynthesisAuditLog',
  'exportSynthesisProject',
  'listRoomInterfaces',
  'openRoom',
  'closeRoom',
  'getRoomStatus',
  'setRoomPaused',
  'setRoomOptions',
  'newRoomJoinCode',
  'reviewRoomNotes',
  'removeRoomParticipant',
  'setRoomNotesHidden',
  'getWorkbenchLayout',
  'saveWorkbenchLayout',
] as const satisfies readonly ApiMethod[];

type Listed = (typeof API_METHOD_NAMES)[number];
/** Fails to compile when a method is defined but not listed above. */
const everyMethodListed: [Exclude<ApiMethod, Listed>] extends [never] ? true : never = true;
void everyMethodListed;
