import { useState } from 'react';
import { FileWarning } from 'lucide-react';
import type { StorageNotice } from '../../../shared/api/storage';
import { announce } from '../a11y/announcer';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { formatVersionTime } from './VersionHistoryDialog';

/**
 * What went wrong with session files, beside the sessions list: a damaged file (moved to
 * quarantine, with its last good version to restore) or a file from a newer Roundtable
 * (open read-only). Shown until dealt with or dismissed; the other sessions work as usual.
 */
export function StorageNotices() {
  const notices = useWorkbenchState((s) => s.storageNotices);
  if (notices.length === 0) return null;
  return (
    <section className="storage-notices" aria-labelledby="storage-notices-title">
      <h3 id="storage-notices-title" className="storage-notices-title">
        <FileWarning size={16} aria-hidden="true" /> Needs your attention
      </h3>
      <ul className="storage-notice-list">
        {notices.map((notice) => (
          <NoticeItem key={`${notice.kind}:${notice.sessionId}`} notice={notice} />
        ))}
      </ul>
    </section>
  );
}

function NoticeItem({ notice }: { notice: StorageNotice }) {
  const workbench = useWorkbench();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = notice.eventName ? `“${notice.eventName}”` : 'the damaged session';
  const good = notice.kind === 'quarantined' ? notice.lastGoodSnapshot : null;

  async function recover() {
    if (!good) return;
    setBusy(true);
    try {
      await workbench.recoverSession(notice.sessionId, good.id);
      announce(`${name} restored from its version of ${formatVersionTime(good.takenAt)}.`);
    } catch (error) {
      setFailure(`It was not restored: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <li
      className="storage-notice"
      role="group"
      aria-label={notice.kind === 'quarantined' ? `Damaged file: ${name}` : `Newer file: ${name}`}
    >
      <p className="storage-notice-text">{notice.message}</p>
      {notice.kind === 'quarantined' && (
        <details className="storage-notice-detail">
          <summary>Details</summary>
          {notice.detail}
        </details>
      )}
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="storage-notice-actions">
        {good && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void recover()}>
            Restore last good version
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-label={`Dismiss the notice about ${name}`}
          onClick={() => workbench.dismissNotice(notice)}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}
