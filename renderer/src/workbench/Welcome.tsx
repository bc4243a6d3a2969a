import { formatKeybinding } from '../commands/keybindings';
import { useCommands, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';

/**
 * What the editor shows while no board is open, the first thing a new user sees: what
 * Roundtable is, where it keeps their work, and the practice session made on first run.
 */
export function Welcome() {
  const workbench = useWorkbench();
  const commands = useCommands();
  const appInfo = useWorkbenchState((s) => s.appInfo);
  const sessions = useWorkbenchState((s) => s.sessions);
  const sample = appInfo?.sampleSessionId ? sessions?.find((s) => s.id === appInfo.sampleSessionId) : undefined;
  const hasOwnSessions = (sessions ?? []).some((s) => s.id !== sample?.id);

  return (
    <section className="editor-empty welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Roundtable</h2>
      <p>
        Run your event’s exercises on boards of sticky notes. Your work is saved on this computer as you go, and nothing
        is sent over the network.
      </p>
      {appInfo && (
        <p>
          Your sessions are kept in <code className="path">{appInfo.dataDir}</code>
        </p>
      )}
      {sample && (
        <p>
          “{sample.eventName}” is a practice session with one exercise and a few notes. Try things there, and delete it
          whenever you like.
        </p>
      )}
      {hasOwnSessions && (
        <p>Choose an exercise in the Sessions explorer to open its board, or add an exercise to a session.</p>
      )}
      <div className="welcome-actions">
        {sample && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void workbench.revealSession(sample.id)}
          >
            Open the practice session
          </button>
        )}
        <button
          type="button"
          className={sample ? 'button' : 'button button-primary'}
          onClick={() => commands.run('session.new')}
        >
          Create a session for your event
        </button>
      </div>
      <p className="editor-empty-hint">
        Press <kbd>{formatKeybinding('Mod+Shift+P')}</kbd> or <kbd>F1</kbd> for every command. Help › About Roundtable
        says which version this is.
      </p>
    </section>
  );
}
