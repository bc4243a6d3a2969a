import type { CommandId } from '../commands/registry';
import { useRef } from 'react';
import { FilePlus, History, ListPlus, Pencil, Trash2 } from 'lucide-react';
import { useCommands, useWorkbenchState } from '../hooks/workbenchContext';
import { useRovingFocus } from '../hooks/useRovingFocus';
import { SessionsExplorer } from './SessionsExplorer';
import { IconButton } from '../ui/IconButton';
import { StorageNotices } from './StorageNotices';
import { AgendaPanel } from '../facilitation/AgendaPanel';

export const SIDE_BAR_ID = 'side-bar';

/** The side bar: the sessions explorer and, above it, the actions on the selected session. */
export function SideBar() {
  const commands = useCommands();
  const visible = useWorkbenchState((s) => s.sideBarVisible);
  const sideBarView = useWorkbenchState((s) => s.sideBarView);
  const sessions = useWorkbenchState((s) => s.sessions);
  const selected = useWorkbenchState((s) => s.selectedSessionId);
  const selectedName = sessions?.find((s) => s.id === selected)?.eventName;
  const toolbar = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(toolbar);

  const action = (id: CommandId) => {
    const command = commands.get(id);
    return { disabled: !command || !commands.isEnabled(command), onClick: () => commands.run(id) };
  };
  const about = (verb: string) => (selectedName ? `${verb} “${selectedName}”` : `${verb} (select a session first)`);

  const agenda = sideBarView === 'agenda';
  return (
    <aside id={SIDE_BAR_ID} className="side-bar" aria-labelledby="side-bar-title" hidden={!visible}>
      <div className="side-bar-header">
        <h2 id="side-bar-title" className="side-bar-title">
          {agenda ? 'Agenda' : 'Sessions'}
        </h2>
        {!agenda && (
          <div ref={toolbar} role="toolbar" aria-label="Session actions" className="side-bar-actions" {...roving}>
            <IconButton label="New session" icon={FilePlus} {...action('session.new')} />
            <IconButton
              label="Add exercise"
              tooltip={about('Add an exercise to')}
              icon={ListPlus}
              {...action('session.addExercise')}
            />
            <IconButton label="Rename session" tooltip={about('Rename')} icon={Pencil} {...action('session.rename')} />
            <IconButton
              label="Version history"
              tooltip={about('Show the version history of')}
              icon={History}
              {...action('session.versionHistory')}
            />
            <IconButton label="Delete session" tooltip={about('Delete')} icon={Trash2} {...action('session.delete')} />
          </div>
        )}
      </div>
      {agenda ? (
        <AgendaPanel />
      ) : (
        <>
          <SessionsExplorer />
          <StorageNotices />
        </>
      )}
    </aside>
  );
}
