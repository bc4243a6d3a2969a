import { lazy, Suspense, useEffect, useMemo } from 'react';
import { isSessionId, type SessionId } from '../../../shared/ids';
import { WifiOff } from 'lucide-react';
import type { Connection } from '../api/connect';
import { commandsOfWindow } from './commandSet';
import { BOARD_FEATURES } from './features';
import { BoardFeaturesContext } from '../board/boardFeature';
import { ActiveBoardContext, CommandsContext, WorkbenchContext, useWorkbenchState } from '../hooks/workbenchContext';
import { createStore } from '../state/store';
import type { ActiveBoard, BoardController } from '../state/boardController';
import { useGlobalKeybindings } from '../hooks/useGlobalKeybindings';
import { Workbench as WorkbenchStore } from '../state/workbench';
import { ANNOUNCER_ID } from '../a11y/announcer';
import { preloadDialogsWhenIdle } from './dialogSet';
import { afterBoardDrawn } from './afterBoardDrawn';
import { loadOperationChecks } from '../state/operationChecks';
import { EditorArea } from './EditorArea';
import { useChromeReady } from './useChromeReady';
import { useSynthesisShown } from '../synthesis/synthesisShown';
import { tellPresenterWindows } from '../facilitation/presenterLink';

// Views a board's first paint does not need load when first shown.
// The chrome (menus, activity bar, side bar, status bar, dialogs) is one chunk, loaded when it may mount.
const chrome = () => import('./chrome');
const MenuBar = lazy(() => chrome().then((m) => ({ default: m.MenuBar })));
const ActivityBar = lazy(() => chrome().then((m) => ({ default: m.ActivityBar })));
const SideBar = lazy(() => chrome().then((m) => ({ default: m.SideBar })));
const StatusBar = lazy(() => chrome().then((m) => ({ default: m.StatusBar })));
const DialogHost = lazy(() => chrome().then((m) => ({ default: m.DialogHost })));
const PresenterView = lazy(() => import('../facilitation/PresenterView').then((m) => ({ default: m.PresenterView })));
const RoomHost = lazy(() => import('../room/RoomHost').then((m) => ({ default: m.RoomHost })));
const SynthesisWorkspace = lazy(() =>
  import('../synthesis/SynthesisWorkspace').then((m) => ({ default: m.SynthesisWorkspace })),
);

/** The whole workbench, VS Code style: menu bar, activity bar, side bar, editor and status bar. */
export function Workbench({ connection }: { connection: Connection }) {
  const workbench = useMemo(() => new WorkbenchStore(connection.api), [connection]);
  const activeBoard = useMemo<ActiveBoard>(() => createStore<BoardController | null>(null), []);
  const commands = useMemo(() => commandsOfWindow(workbench, activeBoard), [workbench, activeBoard]);

  useEffect(() => {
    // Launched to show a session: its board first; what can wait (the sessions list, the app's
    // details) is asked once that board is drawn.
    const launchedWith = sessionInAddress();
    const stop = workbench.start(launchedWith ? afterBoardDrawn : undefined);
    if (launchedWith) void workbench.revealSession(launchedWith, afterBoardDrawn);
    return stop;
  }, [workbench]);
  useEffect(() => preloadDialogsWhenIdle(), []);
  // The operations' schemas check the user's changes: they load once the first board is drawn.
  useEffect(() => afterBoardDrawn(() => void loadOperationChecks().catch(() => {})), []);
  // A presenter window this one opened follows the board it shows.
  useEffect(() => tellPresenterWindows(workbench), [workbench]);
  useEffect(() => connection.onLost((message) => workbench.connectionWasLost(message)), [connection, workbench]);
  useGlobalKeybindings(commands);

  return (
    <WorkbenchContext.Provider value={workbench}>
      <CommandsContext.Provider value={commands}>
        <ActiveBoardContext.Provider value={activeBoard}>
          <BoardFeaturesContext.Provider value={BOARD_FEATURES}>
            <WorkbenchLayout />
          </BoardFeaturesContext.Provider>
        </ActiveBoardContext.Provider>
      </CommandsContext.Provider>
    </WorkbenchContext.Provider>
  );
}

/** The session the desktop app was launched to show (`?open=session:…`, from a double-clicked file), if any. */
function sessionInAddress(): SessionId | null {
  const id = new URLSearchParams(location.search).get('open');
  return isSessionId(id) ? id : null;
}

/** Launched with a session in the address, read once: the window's first mount is then that board alone. */
const LAUNCHED = sessionInAddress() !== null;

function WorkbenchLayout() {
  const connectionLost = useWorkbenchState((s) => s.connectionLost);
  const sideBarVisible = useWorkbenchState((s) => s.sideBarVisible);
  const presenting = useWorkbenchState((s) => s.presenting);
  const synthesisOpen = useSynthesisShown();
  // Until the launched board is drawn, the chrome's places are kept (same sizes, so the board
  // does not move) but left empty: see useChromeReady.
  const chromeReady = useChromeReady(LAUNCHED);
  if (presenting) {
    return (
      <>
        <Suspense fallback={null}>
          <PresenterView />
        </Suspense>
        <div id={ANNOUNCER_ID} className="visually-hidden" aria-live="polite" />
      </>
    );
  }
  return (
    <div className={sideBarVisible ? 'workbench' : 'workbench workbench-no-side-bar'}>
      <header className="title-bar">
        <h1 className="app-name">Roundtable</h1>
        {chromeReady && (
          <Suspense fallback={null}>
            <MenuBar />
          </Suspense>
        )}
      </header>
      {connectionLost && (
        <div className="connection-banner" role="alert">
          <WifiOff size={18} aria-hidden="true" />
          <span>{connectionLost}</span>
        </div>
      )}
      {/* Their places keep their sizes while they load, so the board does not move. */}
      {chromeReady ? (
        <Suspense fallback={<div className="activity-bar" />}>
          <ActivityBar />
        </Suspense>
      ) : (
        <div className="activity-bar" />
      )}
      {chromeReady ? (
        <Suspense fallback={<div className="side-bar" hidden={!sideBarVisible} />}>
          <SideBar />
        </Suspense>
      ) : (
        <div className="side-bar" hidden={!sideBarVisible} />
      )}
      {synthesisOpen ? (
        <Suspense fallback={null}>
          <SynthesisWorkspace />
        </Suspense>
      ) : (
        <EditorArea />
      )}
      {chromeReady ? (
        <>
          <Suspense fallback={<div className="status-bar" />}>
            <StatusBar />
          </Suspense>
          <Suspense fallback={null}>
            <DialogHost />
          </Suspense>
          <Suspense fallback={null}>
            <RoomHost />
          </Suspense>
        </>
      ) : (
        <div className="status-bar" />
      )}
      <div id={ANNOUNCER_ID} className="visually-hidden" aria-live="polite" />
    </div>
  );
}
