import type { AppInfo, RoundtableApi } from '../../../shared/api/contract';
import type { StorageNotice } from '../../../shared/api/storage';
import type { SessionSummary } from '../../../shared/document/create';
import type { BoardId, ExerciseId, SessionId } from '../../../shared/ids';
import { matchingBoard } from '../../../shared/document/boards';
import type { OpenSession } from './openSession';
import type { DialogRequest } from '../dialogs/dialogRegistry';
import { createStore } from './store';
import type { WorkbenchLayout } from '../../../shared/workbench/layout';

export interface BoardTab {
  boardId: BoardId;
  sessionId: SessionId;
}

export interface BoardStats {
  boardId: BoardId;
  zoom: number;
  notesDrawn: number;
  notesTotal: number;
}

/** How a board is shown: the canvas, the accessible list of the same notes, or all tables' boards side by side. */
export type EditorView = 'board' | 'list' | 'tables';

/** The one dialog the workbench shows at a time: each feature declares its own kinds (dialogs/dialogRegistry.ts). */
export type WorkbenchDialog = DialogRequest;

/** What the side bar shows: the sessions explorer, or the agenda of the current session. */
export type SideBarView = 'sessions' | 'agenda';

export interface WorkbenchState {
  appInfo: AppInfo | null;
  /** Null until the first list arrives. */
  sessions: SessionSummary[] | null;
  openSessions: ReadonlyMap<SessionId, OpenSession>;
  expanded: ReadonlySet<SessionId>;
  /** The session that session actions (rename, delete, add exercise) act on. */
  selectedSessionId: SessionId | null;
  tabs: readonly BoardTab[];
  activeBoardId: BoardId | null;
  views: Readonly<Record<BoardId, EditorView>>;
  sideBarVisible: boolean;
  sideBarView: SideBarView;
  /** Presenter mode: the current board full screen with large text and no editing chrome. */
  presenting: boolean;
  dialog: WorkbenchDialog | null;
  /** What the board canvas last reported about itself, for the status bar. */
  boardStats: BoardStats | null;
  /** A problem that belongs to no one session, e.g. the list of sessions failed to load. */
  problem: string | null;
  connectionLost: string | null;
  /** Damaged files quarantined and files from a newer Roundtable, as the services report them. */
  storageNotices: readonly StorageNotice[];
}

/**
 * The workbench's state and its board tabs: which boards have tabs, which is active, how each
 * is shown, and tabs that follow their table and exercise when a board goes. Sessions are in
 * WorkbenchSessions, the shell (dialogs, side bar, presenter mode) in Workbench.
 */
export class WorkbenchTabs {
  protected readonly store = createStore<WorkbenchState>({
    appInfo: null,
    sessions: null,
    openSessions: new Map(),
    expanded: new Set(),
    selectedSessionId: null,
    tabs: [],
    activeBoardId: null,
    views: {},
    sideBarVisible: true,
    sideBarView: 'sessions',
    presenting: false,
    dialog: null,
    boardStats: null,
    problem: null,
    connectionLost: null,
    storageNotices: [],
  });
  /** The exercise of every board a tab has shown, so a tab can move to a sibling once its board is gone. */
  private readonly boardsSeen = new Map<BoardId, ExerciseId>();

  constructor(readonly api: RoundtableApi) {}

  getState = (): WorkbenchState => this.store.get();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  protected get state(): WorkbenchState {
    return this.store.get();
  }

  protected update(changes: Partial<WorkbenchState>): void {
    this.store.update(changes);
  }

  openBoard(sessionId: SessionId, boardId: BoardId): void {
    this.remember(sessionId, boardId);
    const tabs = this.state.tabs.some((t) => t.boardId === boardId)
      ? this.state.tabs
      : [...this.state.tabs, { sessionId, boardId }];
    this.update({ tabs, activeBoardId: boardId, selectedSessionId: sessionId });
  }

  /**
   * Shows another board of the same session in the active tab's place: another table's
   * board of the exercise, or the next exercise's. A tab follows the facilitator rather
   * than multiplying; a board already open in another tab is simply activated.
   */
  switchBoard(boardId: BoardId): void {
    const active = this.activeTab();
    if (!active) return;
    this.remember(active.sessionId, boardId);
    if (this.state.tabs.some((t) => t.boardId === boardId)) return this.activateTab(boardId);
    const tabs = this.state.tabs.map((t) => (t === active ? { sessionId: active.sessionId, boardId } : t));
    const view = this.state.views[active.boardId];
    this.update({
      tabs,
      activeBoardId: boardId,
      views: view ? { ...this.state.views, [boardId]: view } : this.state.views,
    });
  }

  activateTab(boardId: BoardId): void {
    const tab = this.state.tabs.find((t) => t.boardId === boardId);
    if (tab) this.update({ activeBoardId: boardId, selectedSessionId: tab.sessionId });
  }

  /** Closes a tab; the neighbour to its right (or else its left) becomes active, as in VS Code. */
  closeTab(boardId: BoardId): void {
    const index = this.state.tabs.findIndex((t) => t.boardId === boardId);
    if (index < 0) return;
    const tabs = this.state.tabs.filter((t) => t.boardId !== boardId);
    const activeBoardId =
      this.state.activeBoardId === boardId
        ? (tabs[Math.min(index, tabs.length - 1)]?.boardId ?? null)
        : this.state.activeBoardId;
    this.update({ tabs, activeBoardId });
  }

  /** Puts a remembered layout in place (already checked against the sessions there are: workbenchMemory.ts). */
  applyLayout(layout: WorkbenchLayout): void {
    for (const tab of layout.tabs) this.remember(tab.sessionId, tab.boardId);
    this.update({
      tabs: layout.tabs,
      activeBoardId: layout.activeBoardId,
      views: layout.views,
      expanded: new Set(layout.expanded),
      selectedSessionId: layout.selectedSessionId,
      sideBarVisible: layout.sideBarVisible,
      sideBarView: layout.sideBarView,
    });
  }

  setView(boardId: BoardId, view: EditorView): void {
    this.update({ views: { ...this.state.views, [boardId]: view } });
  }

  viewOf(boardId: BoardId): EditorView {
    return this.state.views[boardId] ?? 'board';
  }

  /** The tab being shown, if any. */
  activeTab(): BoardTab | null {
    return this.state.tabs.find((t) => t.boardId === this.state.activeBoardId) ?? null;
  }

  protected remember(sessionId: SessionId, boardId: BoardId): void {
    const exerciseId = this.state.openSessions.get(sessionId)?.getView().doc.boards[boardId]?.exerciseId;
    if (exerciseId) this.boardsSeen.set(boardId, exerciseId);
  }

  /**
   * Keeps tabs on boards that exist: when a change (an undo, a removed table or room board)
   * takes away the board a tab shows, the tab moves to another board of the same exercise.
   * A tab whose whole exercise is gone stays, saying so, so that Undo can bring it back.
   */
  protected follow(session: OpenSession): OpenSession {
    session.subscribe(() => {
      const doc = session.getView().doc;
      let changed = false;
      const tabs = this.state.tabs.map((tab) => {
        if (tab.sessionId !== session.id || tab.boardId in doc.boards) return tab;
        const gone = this.boardsSeen.get(tab.boardId);
        const sibling = gone && doc.exercises[gone] ? matchingBoard(doc, null, gone) : null;
        if (!sibling || this.state.tabs.some((t) => t.boardId === sibling.id)) return tab;
        changed = true;
        this.boardsSeen.set(sibling.id, sibling.exerciseId);
        return { sessionId: tab.sessionId, boardId: sibling.id };
      });
      if (!changed) return;
      const replaced = this.state.tabs.findIndex((t) => t.boardId === this.state.activeBoardId);
      this.update({ tabs, activeBoardId: replaced >= 0 ? tabs[replaced].boardId : this.state.activeBoardId });
    });
    return session;
  }
}
