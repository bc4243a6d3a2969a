import { useState } from 'react';
import { FileWarning } from 'lucide-react';
import type { StorageNotice } from '../../../shared/api/storage';
import { announce } from '../a11y/announcer';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { formatVersionTime } from './VersionHistoryDialog';

/** Up to this many notices are shown one by one; more are summed up in one, their details folded away. */
const SHOWN_ONE_BY_ONE = 3;

/**
 * What went wrong with session files, beside the sessions list: a damaged file (moved to
 * quarantine, with its last good version to restore) or a file from a newer Roundtable
 * (open read-only). Shown until dealt with or dismissed; the other sessions work as usual.
 * Many at once (a folder of damaged copies, say) become one summary, so the list stays in view.
 */
export function StorageNotices() {
  const workbench = useWorkbench();
  const notices = useWorkbenchState((s) => s.storageNotices);
  if (notices.length === 0) return null;
  const damaged = notices.filter((n) => n.kind === 'quarantined').length;
  const newer = notices.length - damaged;
  const items = (
    <ul className="storage-notice-list">
      {notices.map((notice) => (
        <NoticeItem key={`${notice.kind}:${notice.sessionId}`} notice={notice} />
      ))}
    </ul>
  );

  function dismissAll() {
    for (const notice of notices) workbench.dismissNotice(notice);
    announce(notices.length === 1 ? 'Notice dismissed.' : `All ${notices.length} notices dismissed.`);
  }

  const dismissAllButton = (
    <div className="storage-notice-actions storage-notices-all">
      <button type="button" className="button" onClick={dismissAll}>
        Dismiss all
      </button>
    </div>
  );

  return (
    <section className="storage-notices" aria-labelledby="storage-notices-title">
      <h3 id="storage-notices-title" className="storage-notices-title">
        <FileWarning size={16} aria-hidden="true" /> Needs your attention
      </h3>
      {notices.length > SHOWN_ONE_BY_ONE ? (
        <>
          <p className="storage-notice-text">{summaryOf(damaged, newer)} Your other sessions are not affected.</p>
          {dismissAllButton}
          <details className="storage-notice-group">
            <summary>Details of each file</summary>
            {items}
          </details>
        </>
      ) : (
        <>
          {items}
          {notices.length > 1 && dismissAllButton}
        </>
      )}
    </section>
  );
}

function summaryOf(damaged: number, newer: number): string {
  const files = (n: number) => (n === 1 ? '1 session file' : `${n} session files`);
  const parts = [
    damaged > 0 &&
      `${files(damaged)} could not be opened: ${damaged === 1 ? 'it is' : 'they are'} damaged, and Roundtable moved ${damaged === 1 ? 'it' : 'them'} to the quarantine folder without deleting anything.`,
    newer > 0 &&
      `${files(newer)} ${newer === 1 ? 'was' : 'were'} saved by a newer Roundtable and ${newer === 1 ? 'is' : 'are'} open read-only.`,
  ];
  return parts.filter(Boolean).join(' ');
}

function NoticeItem({ notice }: { notice: StorageNotice }) {
  const workbench = useWorkbench();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A damaged file with no snapshot cannot say its session's name: its file name is what there is.
  const name = notice.eventName ? `“${notice.eventName}”` : `${notice.sessionId.replace(':', '-')}.json`;
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
    <li className="storage-notice">
      <div role="group" aria-label={notice.kind === 'quarantined' ? `Damaged file: ${name}` : `Newer file: ${name}`}>
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
      </div>
    </li>
  );
}
