import { useEffect, useMemo } from 'react';
import { SessionIdSchema, type SessionId } from '../../../shared/ids';
import { WifiOff } from 'lucide-react';
import type { Connection } from '../api/connect';
import { CommandRegistry } from '../commands/registry';
import { MenuBar } from './MenuBar';
import { workbenchCommands } from '../commands/workbenchCommands';
import { facilitationCommands } from '../facilitation/facilitationCommands';
import { votingCommands } from '../voting/votingCommands';
import { CommandsContext, WorkbenchContext, useWorkbenchState } from '../hooks/workbenchContext';
import { useGlobalKeybindings } from '../hooks/useGlobalKeybindings';
import { Workbench as WorkbenchStore } from '../state/workbench';
import { ActivityBar } from './ActivityBar';
import { ANNOUNCER_ID } from '../a11y/announcer';
import { DialogHost } from './DialogHost';
import { clusterCommands } from '../clusters/clusterCommands';
import { barrierCommands } from '../paper/barrierCommands';
import { EditorArea } from './EditorArea';
import { SideBar } from './SideBar';
import { StatusBar } from './StatusBar';
import { PresenterView } from '../facilitation/PresenterView';
import { exportCommands } from '../export/exportCommands';
import { ExportDialogHost } from '../export/ExportDialogHost';
import { ImportDialogHost } from '../import/ImportDialogHost';
import { importCommands } from '../import/importCommands';
import { synthesisCommands } from '../synthesis/synthesisCommands';
import { roomCommands } from '../room/roomCommands';
import { RoomHost } from '../room/RoomHost';
import { SynthesisWorkspace } from '../synthesis/SynthesisWorkspace';
import { useSynthesisState } from '../synthesis/synthesisStore';
import { templateCommands } from '../templates/templateCommands';

/** The whole workbench, VS Code style: menu bar, activity bar, side bar, editor and status bar. */
export function Workbench({ connection }: { connection: Connection }) {
  const workbench = useMemo(() => new WorkbenchStore(connection.api), [connection]);
  const commands = useMemo(() => {
    const registry = new CommandRegistry();
    registry.register(workbenchCommands(workbench));
    registry.register(facilitationCommands(workbench));
    registry.register(clusterCommands(workbench));
    registry.register(votingCommands(workbench));
    registry.register(exportCommands(workbench));
    registry.register(importCommands(workbench));
    registry.register(synthesisCommands(workbench));
    registry.register(roomCommands(workbench));
    registry.register(barrierCommands(workbench));
    registry.register(templateCommands(workbench));
    return registry;
  }, [workbench]);

  useEffect(() => workbench.start(), [workbench]);
  useEffect(() => {
    const launchedWith = sessionInAddress();
    if (launchedWith) void workbench.revealSession(launchedWith);
  }, [workbench]);
  useEffect(() => connection.onLost((message) => workbench.connectionWasLost(message)), [connection, workbench]);
  useGlobalKeybindings(commands);

  return (
    <WorkbenchContext.Provider value={workbench}>
      <CommandsContext.Provider value={commands}>
        <WorkbenchLayout />
      </CommandsContext.Provider>
    </WorkbenchContext.Provider>
  );
}

/** The session the desktop app was launched to show (`?open=session:…`, from a double-clicked file), if any. */
function sessionInAddress(): SessionId | null {
  const parsed = SessionIdSchema.safeParse(new URLSearchParams(location.search).get('open'));
  return parsed.success ? parsed.data : null;
}

function WorkbenchLayout() {
  const connectionLost = useWorkbenchState((s) => s.connectionLost);
  const sideBarVisible = useWorkbenchState((s) => s.sideBarVisible);
  const presenting = useWorkbenchState((s) => s.presenting);
  const synthesisOpen = useSynthesisState().open;
  if (presenting) {
    return (
      <>
        <PresenterView />
        <div id={ANNOUNCER_ID} className="visually-hidden" aria-live="polite" />
      </>
    );
  }
  return (
    <div className={sideBarVisible ? 'workbench' : 'workbench workbench-no-side-bar'}>
      <header className="title-bar">
        <h1 className="app-name">Roundtable</h1>
        <MenuBar />
      </header>
      {connectionLost && (
        <div className="connection-banner" role="alert">
          <WifiOff size={18} aria-hidden="true" />
          <span>{connectionLost}</span>
        </div>
      )}
      <ActivityBar />
      <SideBar />
      {synthesisOpen ? <SynthesisWorkspace /> : <EditorArea />}
      <StatusBar />
      <DialogHost />
      <ExportDialogHost />
      <ImportDialogHost />
      <RoomHost />
      <div id={ANNOUNCER_ID} className="visually-hidden" aria-live="polite" />
    </div>
  );
}
