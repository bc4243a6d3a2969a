import type { ApiEvent } from '../../../shared/api/contract';
import { WorkbenchSessions, type WhenBoardDrawn } from './workbenchSessions';
import { rememberLayout } from './workbenchMemory';
import type { BoardStats, SideBarView, WorkbenchDialog } from './workbenchTabs';

export type { BoardStats, BoardTab, EditorView, SideBarView, WorkbenchDialog, WorkbenchState } from './workbenchTabs';

/**
 * The workbench's own state, outside React so that commands, keybindings and components
 * all act on the same thing. Sessions' contents live in their OpenSession; this only knows
 * which are open, which boards have tabs, and what the user is looking at.
 */
export class Workbench extends WorkbenchSessions {
  /**
   * Loads what the workbench shows first and starts listening to the services. Returns the stop
   * function. Launched to show a session, pass `launched` (it calls back once that session's board
   * is drawn): the app's details then wait for it, and revealSession lists the sessions after it,
   * so the first paint shares the services with nothing it does not need. The storage notices are
   * asked at once, whatever: they can turn the session read-only.
   */
  start(launched?: WhenBoardDrawn): () => void {
    let cancelled = false;
    const loadAppInfo = () => {
      if (cancelled) return;
      this.api.getAppInfo().then(
        (appInfo) => this.update({ appInfo }),
        (error: Error) => this.update({ problem: error.message }),
      );
    };
    let cancelLater = () => {};
    if (launched) cancelLater = launched(loadAppInfo);
    else loadAppInfo();
    if (!launched) void this.refreshSessions();
    void this.refreshNotices();
    const stopRemembering = rememberLayout(this);
    const stopListening = this.api.onEvent((event) => this.receive(event));
    return () => {
      cancelled = true;
      cancelLater();
      stopListening();
      stopRemembering();
    };
  }

  connectionWasLost(message: string): void {
    this.update({ connectionLost: message });
  }

  setBoardStats(stats: BoardStats | null): void {
    const last = this.state.boardStats;
    if (stats === last) return;
    if (stats && last && (Object.keys(stats) as (keyof BoardStats)[]).every((k) => stats[k] === last[k])) return;
    this.update({ boardStats: stats });
  }

  dismissProblem(): void {
    this.update({ problem: null });
  }

  toggleSideBar(): void {
    this.update({ sideBarVisible: !this.state.sideBarVisible });
  }

  /** Shows a view in the side bar; choosing the one already showing hides the side bar, as in VS Code. */
  showSideBarView(view: SideBarView): void {
    const hide = this.state.sideBarVisible && this.state.sideBarView === view;
    this.update({ sideBarView: view, sideBarVisible: !hide });
  }

  setPresenting(presenting: boolean): void {
    if (presenting !== this.state.presenting) this.update({ presenting });
  }

  showDialog(dialog: WorkbenchDialog | null): void {
    this.update({ dialog });
  }

  private receive(event: ApiEvent): void {
    if (event.type === 'openSessionRequested') {
      void this.revealSession(event.sessionId);
    } else if (event.type === 'sessionsChanged') {
      void this.refreshSessions();
      void this.refreshNotices();
    } else if (event.type !== 'roomChanged' && event.type !== 'synthesisProgress') {
      // roomChanged is the room feature's own (renderer/src/room/roomStore.ts), synthesisProgress the synthesis's.
      this.state.openSessions.get(event.sessionId)?.receive(event);
    }
  }
}
