import { useSyncExternalStore } from 'react';
import type { SessionId } from '../../../shared/ids';

// Which session the Export dialog is open for, kept apart from the workbench's own dialog
// state so the export feature stays in this folder.

let current: SessionId | null = null;
const listeners = new Set<() => void>();

function set(value: SessionId | null): void {
  current = value;
  listeners.forEach((l) => l());
}

export const exportDialog = {
  open: (sessionId: SessionId) => set(sessionId),
  close: () => set(null),
};

/** The session whose Export dialog is showing, or null. */
export function useExportDialogSession(): SessionId | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => current,
  );
}
