import { useSyncExternalStore } from 'react';
import type { SessionId } from '../../../shared/ids';

// Which import dialog is open, kept in this folder like the export dialog's state.

/** A whole session's export as a new session, or one table's export merged into `sessionId`. */
export type ImportRequest = { kind: 'session' } | { kind: 'table'; sessionId: SessionId };

let current: ImportRequest | null = null;
const listeners = new Set<() => void>();

function set(value: ImportRequest | null): void {
  current = value;
  listeners.forEach((l) => l());
}

export const importDialog = {
  open: (request: ImportRequest) => set(request),
  close: () => set(null),
};

export function useImportRequest(): ImportRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => current,
  );
}
