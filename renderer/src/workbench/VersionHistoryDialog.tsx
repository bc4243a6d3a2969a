import { FormActions } from '../ui/FormActions';
import { useCallback, useEffect, useState } from 'react';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { SnapshotInfo, SnapshotReason } from '../../../shared/api/storage';
import type { SessionId } from '../../../shared/ids';
import { ModalDialog } from '../ui/ModalDialog';

interface VersionHistoryDialogProps {
  api: RoundtableApi;
  sessionId: SessionId;
  sessionName: string;
  onRestore(snapshot: SnapshotInfo): Promise<void>;
  onClose(): void;
}

const REASONS: Record<SnapshotReason, string> = {
  scheduled: 'Saved while you worked',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-migration': 'Before updating to a new file format',
};

/** "Tue 4 Mar, 10:42:05": the day matters across a two-day event, the seconds between close versions. */
export function formatVersionTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

function counts(s: SnapshotInfo): string {
  const notes = s.noteCount === 1 ? '1 note' : `${s.noteCount} notes`;
  const exercises = s.exerciseCount === 1 ? '1 exercise' : `${s.exerciseCount} exercises`;
  return `${notes}, ${exercises}`;
}

/**
 * A session's version history, newest first: when each version was kept, why, and how many
 * notes it held. Restoring one replaces the session's content as one step that Undo reverses.
 */
export function VersionHistoryDialog({ api, sessionId, sessionName, onRestore, onClose }: VersionHistoryDialogProps) {
  const [versions, setVersions] = useState<SnapshotInfo[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The list arrives after the dialog opened, so focus moves to the newest version then.
  const focusWhenListed = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);

  useEffect(() => {
    let live = true;
    api.listSnapshots(sessionId).then(
      (list) => live && setVersions(list),
      (error: Error) => live && setFailure(`The version history could not be read: ${error.message}`),
    );
    return () => void (live = false);
  }, [api, sessionId]);

  async function restore(snapshot: SnapshotInfo) {
    setBusy(true);
    setFailure(null);
    try {
      await onRestore(snapshot);
    } catch (error) {
      setFailure(`That version was not restored, and nothing changed: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      title="Version history"
      subtitle={`Of “${sessionName}”. Restoring a version can be undone.`}
      onClose={onClose}
      closeOnBackdrop
      className="modal-wide"
    >
      {versions === null && !failure && <p className="modal-text">Reading the history…</p>}
      {versions?.length === 0 && (
        <p className="modal-text">
          No earlier versions yet. While you work, Roundtable keeps a copy of the session every five minutes, and one
          before any restore.
        </p>
      )}
      {versions && versions.length > 0 && (
        <ul className="version-list" aria-label="Saved versions">
          {versions.map((version, index) => {
            const when = formatVersionTime(version.takenAt);
            return (
              <li key={version.id} className="version-row">
                <span className="version-text">
                  <span className="version-time">{when}</span>
                  <span className="version-details">
                    {REASONS[version.reason]} · {counts(version)}
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`Restore the version from ${when} (${counts(version)})`}
                  ref={index === 0 ? focusWhenListed : undefined}
                  onClick={() => void restore(version)}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FormActions failure={failure} cancelLabel="Close" onCancel={onClose} />
    </ModalDialog>
  );
}
