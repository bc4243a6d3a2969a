import { CircleAlert, CircleCheck, LoaderCircle, X } from 'lucide-react';
import type { SessionView } from '../state/openSession';
import { useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { Clock } from '../facilitation/TimerControls';

function saveStatusText(view: SessionView, connectionLost: boolean): string {
  // Without the services nothing pending will ever be written, so "Saving…" would be a false promise.
  if (connectionLost && view.saveStatus !== 'saved')
    return 'Not saved: the connection to Roundtable’s services was lost.';
  if (view.saveStatus === 'saving') return 'Saving…';
  if (view.saveStatus === 'error')
    return `Not saved: ${view.problem ?? 'the last change could not be written to disk.'}`;
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
  const sessionProblem = view && view.saveStatus !== 'error' ? view.problem : null;
  const problem = sessionProblem ?? workbenchProblem;

  return (
    <footer className="status-bar">
      <div className="status-group">
        {view && (
          <span className="status-item">
            <SaveIcon status={connectionLost && view.saveStatus !== 'saved' ? 'error' : view.saveStatus} />
            <span role="status" aria-label="Save status">
              {saveStatusText(view, connectionLost)}
            </span>
          </span>
        )}
        <span className="status-item status-problem" aria-live="polite">
          {problem && (
            <>
              <CircleAlert size={14} aria-hidden="true" />
              <span>{problem}</span>
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
      <div className="status-group">
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

function SaveIcon({ status }: { status: SessionView['saveStatus'] }) {
  if (status === 'saving') return <LoaderCircle size={14} aria-hidden="true" className="spin" />;
  if (status === 'error') return <CircleAlert size={14} aria-hidden="true" />;
  return <CircleCheck size={14} aria-hidden="true" />;
}
