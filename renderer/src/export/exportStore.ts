import { useSyncExternalStore } from 'react';
import type { SessionId } from '../../../shared/ids';

// Which session the Export dialog is open for, kept apart from the workbench's own dialog
// state so the export feature stays in this folder.

/** The files one by one, or the event pack: one zip with the files, a PNG per board and the report. */
export type ExportKind = 'files' | 'pack';

let current: { sessionId: SessionId; kind: ExportKind } | null = null;
const listeners = new Set<() => void>();

function set(value: typeof current): void {
  current = value;
  listeners.forEach((l) => l());
}

export const exportDialog = {
  open: (sessionId: SessionId, kind: ExportKind = 'files') => set({ sessionId, kind }),
  close: () => set(null),
};

/** The session whose Export dialog is showing and what it exports, or null. */
export function useExportDialogSession(): { sessionId: SessionId; kind: ExportKind } | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => current,
  );
}
