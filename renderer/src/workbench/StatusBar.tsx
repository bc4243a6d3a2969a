import { useEffect, useState } from 'react';
import { CircleAlert, CircleCheck, Eye, LoaderCircle, X } from 'lucide-react';
import type { SessionView } from '../state/openSession';
import { useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { Clock } from '../facilitation/TimerControls';

/** Short, so the status bar always has room for the zoom, the notes and the mode; the full reason is in the notice. */
function saveStatusText(view: SessionView, connectionLost: boolean): string {
  if (view.readOnly) return 'Read-only';
  // Without the services nothing pending will ever be written, so "Saving…" would be a false promise.
  if (connectionLost && view.saveStatus !== 'saved') return 'Not saved: connection lost';
  if (view.saveStatus === 'saving') return 'Saving…';
  if (view.saveStatus === 'error') return 'Not saved';
  return 'Saved';
}

/** The status bar: whether the work is saved, any problem, the board's zoom and notes, and how the app runs. */
export function StatusBar() {
  const workbench = useWorkbench();
  const appInfo = useWorkbenchState((s) => s.appInfo);
  const stats = useWorkbenchState((s) => s.boardStats);
  const workbenchProblem = useWorkbenchState((s) => s.problem);
  const connectionLost = useWorkbenchState((s) => s.connectionLost !== null);
  const activeBoardId = useWorkbenchState((s) => s.activeBoardId);
  const session = useWorkbenchState(() => workbench.currentSession());
  const view = useSessionView(session);

  const notes = activeBoardId && view ? Object.values(view.doc.notes).filter((n) => n.boardId === activeBoardId) : null;
  const participantNotes = notes?.filter((n) => n.kind === 'participant').length ?? 0;
  const saveError =
    view?.saveStatus === 'error' ? (view.problem ?? 'The last change could not be written to disk.') : null;
  const sessionProblem = view && view.saveStatus !== 'error' ? view.problem : null;
  const problem = sessionProblem ?? workbenchProblem;

  return (
    <footer className="status-bar">
      <div className="status-group status-group-main">
        {view && (
          <span className="status-item" title={view.readOnly ?? undefined}>
            <SaveIcon
              status={
                view.readOnly ? 'read-only' : connectionLost && view.saveStatus !== 'saved' ? 'error' : view.saveStatus
              }
            />
            <span role="status" aria-label="Save status">
              {saveStatusText(view, connectionLost)}
            </span>
          </span>
        )}
        {saveError && <SaveErrorNotice message={saveError} />}
        <span className="status-item status-problem" aria-live="polite">
          {problem && (
            <>
              <CircleAlert size={14} aria-hidden="true" />
              <span className="status-problem-text" title={problem}>
                {problem}
              </span>
              {!sessionProblem && (
                <button
                  type="button"
                  className="status-dismiss"
                  aria-label="Dismiss problem"
                  onClick={() => workbench.dismissProblem()}
                >
                  <X size={14} aria-hidden="true" />
                </button>
              )}
            </>
          )}
        </span>
      </div>
      <div className="status-group status-group-side">
        {stats && stats.boardId === activeBoardId && (
          <span className="status-item">Zoom {Math.round(stats.zoom * 100)}%</span>
        )}
        {notes && (
          <span className="status-item">
            {participantNotes === 1 ? '1 note' : `${participantNotes} notes`}
            {notes.length - participantNotes === 1 && ', 1 reference card'}
            {notes.length - participantNotes > 1 && `, ${notes.length - participantNotes} reference cards`}
          </span>
        )}
        {view && view.doc.facilitation.timer.durationSeconds > 0 && (
          <span className="status-item">
            <Clock doc={view.doc} exercise={null} />
          </span>
        )}
        {appInfo && <span className="status-item">{appInfo.mode === 'browser' ? 'Browser mode' : 'Desktop'}</span>}
      </div>
    </footer>
  );
}

/**
 * Why the last save failed, in full, in a notice above the status bar where a long message
 * fits: it opens by itself when the reason changes, can be hidden and shown again, and goes
 * away as soon as a save succeeds.
 */
function SaveErrorNotice({ message }: { message: string }) {
  const [open, setOpen] = useState(true);
  useEffect(() => setOpen(true), [message]);
  return (
    <>
      <button
        type="button"
        className="status-details"
        aria-expanded={open}
        aria-controls="save-error-notice"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide details' : 'Details'}
      </button>
      {open && (
        <div id="save-error-notice" className="save-error-notice" role="alert" aria-label="Not saved">
          <CircleAlert size={16} aria-hidden="true" />
          <p>{message}</p>
          <button
            type="button"
            className="status-dismiss"
            aria-label="Hide the details of the save problem"
            onClick={() => setOpen(false)}
          >
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      )}
    </>
  );
}

function SaveIcon({ status }: { status: SessionView['saveStatus'] | 'read-only' }) {
  if (status === 'read-only') return <Eye size={14} aria-hidden="true" />;
  if (status === 'saving') return <LoaderCircle size={14} aria-hidden="true" className="spin" />;
  if (status === 'error') return <CircleAlert size={14} aria-hidden="true" />;
  return <CircleCheck size={14} aria-hidden="true" />;
}
