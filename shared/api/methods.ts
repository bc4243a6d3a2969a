/**
 * The names of the API's methods, on their own so that the preload (which must stay one
 * small sandboxed file) can build the API object without pulling in the schemas.
 * contract.ts checks this list against RoundtableApi.
 */
export const API_METHODS = [
  'getAppInfo',
  'listSessions',
  'createSession',
  'openSession',
  'renameSession',
  'deleteSession',
  'applyOperation',
  'listTemplates',
  'saveTemplate', // The user's own templates (issue 3).
  'deleteTemplate',
  'getDiagnostics', // Help > Copy diagnostics (issue 8)
  // Version history and damaged or newer files (issue 5).
  'listSnapshots',
  'readSnapshot',
  'recoverSession',
  'listStorageNotices',
  // Export (issue 4).
  'checkExportPii',
  'exportSession',
  // Import, and one table's export for merging (issue 4).
  'exportTable',
  'importSessionExport',
  'planTableMerge',
  // The Synthesis workspace (issue 4).
  'addSynthesisFiles',
  'getSynthesis',
  'clearSynthesis',
  'exportSynthesis',
  'reportToPdf',
  // Room mode (issue 7).
  'listRoomInterfaces',
  'openRoom',
  'closeRoom',
  'getRoomStatus',
  'setRoomPaused',
  'setRoomOptions', // Room mode you can run an event on (issue 16).
  'newRoomJoinCode',
  'reviewRoomNotes',
  'removeRoomParticipant',
  'setRoomNotesHidden',
] as const;

export type ApiMethodName = (typeof API_METHODS)[number];

/** The IPC channels, defined once for main and preload. */
export const IPC_CHANNELS = {
  call: 'roundtable:call',
  event: 'roundtable:event',
} as const;
