import type { ApiEvent } from '../../../shared/api/contract';
import { WorkbenchSessions } from './workbenchSessions';
import { rememberLayout } from './workbenchMemory';
import type { BoardStats, SideBarView, WorkbenchDialog } from './workbenchTabs';

export type { BoardStats, BoardTab, EditorView, SideBarView, WorkbenchDialog, WorkbenchState } from './workbenchTabs';

/**
 * The workbench's own state, outside React so that commands, keybindings and components
 * all act on the same thing. Sessions' contents live in their OpenSession; this only knows
 * which are open, which boards have tabs, and what the user is looking at.
 */
export class Workbench extends WorkbenchSessions {
  /** Loads what the workbench shows first and starts listening to the services. Returns the stop function. */
  start(): () => void {
    this.api.getAppInfo().then(
      (appInfo) => this.update({ appInfo }),
      (error: Error) => this.update({ problem: error.message }),
    );
    void this.refreshSessions();
    void this.refreshNotices();
    const stopRemembering = rememberLayout(this);
    const stopListening = this.api.onEvent((event) => this.receive(event));
    return () => {
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
    } else if (event.type !== 'roomChanged') {
      // roomChanged is the room feature's own (renderer/src/room/roomStore.ts).
      this.state.openSessions.get(event.sessionId)?.receive(event);
    }
  }
}
