import type { AppInfo, ApiEvent, RoundtableApi } from '../../../shared/api/contract';
import type { SnapshotInfo, StorageNotice } from '../../../shared/api/storage';
import type { SessionSummary } from '../../../shared/document/create';
import type { EventDetails } from '../../../shared/document/schema';
import type { BoardId, ExerciseId, SessionId } from '../../../shared/ids';
import { matchingBoard } from '../../../shared/document/boards';
import { applyOperation, operation } from '../../../shared/operations/registry';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import type { ExerciseTemplate } from '../../../shared/templates/schema';
import { OpenSession } from './openSession';
import type { DialogRequest } from '../dialogs/dialogRegistry';

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
 * The workbench's own state, outside React so that commands, keybindings and components
 * all act on the same thing. Sessions' contents live in their OpenSession; this only knows
 * which are open, which boards have tabs, and what the user is looking at.
 */
export class Workbench {
  private state: WorkbenchState = {
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
  };
  private readonly listeners = new Set<() => void>();
  private readonly opening = new Map<SessionId, Promise<OpenSession | null>>();
  private readonly dismissedNotices = new Set<string>();
  /** The exercise of every board a tab has shown, so a tab can move to a sibling once its board is gone. */
  private readonly boardsSeen = new Map<BoardId, ExerciseId>();

  constructor(readonly api: RoundtableApi) {}

  getState = (): WorkbenchState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Loads what the workbench shows first and starts listening to the services. Returns the stop function. */
  start(): () => void {
    this.api.getAppInfo().then(
      (appInfo) => this.update({ appInfo }),
      (error: Error) => this.update({ problem: error.message }),
    );
    void this.refreshSessions();
    void this.refreshNotices();
    return this.api.onEvent((event) => this.receive(event));
  }

  connectionWasLost(message: string): void {
    this.update({ connectionLost: message });
  }

  async refreshSessions(): Promise<void> {
    try {
      this.update({ sessions: await this.api.listSessions() });
    } catch (error) {
      this.update({ problem: `Could not list the sessions: ${(error as Error).message}` });
    }
  }

  /** The open session, loading it first if need be; null (with the reason shown) if it cannot be opened. */
  openSession(id: SessionId): Promise<OpenSession | null> {
    const open = this.state.openSessions.get(id);
    if (open) return Promise.resolve(open);
    let pending = this.opening.get(id);
    if (!pending) {
      pending = this.api.openSession(id).then(
        (doc) => {
          const newer = this.state.storageNotices.find((n) => n.kind === 'newer-version' && n.sessionId === id);
          const session = this.follow(new OpenSession(this.api, doc, newer?.message ?? null));
          this.update({ openSessions: new Map(this.state.openSessions).set(id, session) });
          return session;
        },
        (error: Error) => {
          this.update({ problem: `Could not open the session: ${error.message}` });
          return null;
        },
      );
      pending.finally(() => this.opening.delete(id));
      this.opening.set(id, pending);
    }
    return pending;
  }

  setExpanded(id: SessionId, expanded: boolean): void {
    const next = new Set(this.state.expanded);
    if (expanded) {
      next.add(id);
      void this.openSession(id);
    } else {
      next.delete(id);
    }
    this.update({ expanded: next });
  }

  selectSession(id: SessionId | null): void {
    if (id !== this.state.selectedSessionId) this.update({ selectedSessionId: id });
  }

  /** Asks the services what is wrong with any session file; a failure here only leaves the notices as they were. */
  async refreshNotices(): Promise<void> {
    try {
      const notices = await this.api.listStorageNotices();
      const dismissed = this.dismissedNotices;
      this.update({ storageNotices: notices.filter((n) => !dismissed.has(`${n.kind}:${n.sessionId}`)) });
    } catch {
      // The sessions list says if the services cannot be reached.
    }
  }

  /** Hides a notice until the app is next started. */
  dismissNotice(notice: StorageNotice): void {
    this.dismissedNotices.add(`${notice.kind}:${notice.sessionId}`);
    this.update({ storageNotices: this.state.storageNotices.filter((n) => n !== notice) });
  }

  /** Brings back a quarantined session from its last good version, and selects it. */
  async recoverSession(id: SessionId, snapshotId: string): Promise<void> {
    await this.api.recoverSession(id, snapshotId);
    this.update({ selectedSessionId: id, storageNotices: this.state.storageNotices.filter((n) => n.sessionId !== id) });
    await this.refreshSessions();
  }

  /** Replaces a session's content with a version from its history, as one undoable step. */
  async restoreVersion(id: SessionId, snapshot: SnapshotInfo): Promise<void> {
    const session = await this.openSession(id);
    if (!session) throw new Error(this.state.problem ?? 'The session could not be opened.');
    const document = await this.api.readSnapshot(id, snapshot.id);
    if (!session.apply(operation('restoreVersion', { document, takenAt: snapshot.takenAt }))) {
      throw new Error(session.getView().problem ?? 'That version could not be restored.');
    }
    // Tabs of boards the restored version does not have would show nothing: close them.
    const tabs = this.state.tabs.filter((t) => t.sessionId !== id || t.boardId in document.boards);
    if (tabs.length !== this.state.tabs.length) {
      this.update({
        tabs,
        activeBoardId: tabs.some((t) => t.boardId === this.state.activeBoardId)
          ? this.state.activeBoardId
          : (tabs[0]?.boardId ?? null),
      });
    }
    await this.refreshSessions();
  }

  async createSession(event: EventDetails): Promise<SessionId> {
    const doc = await this.api.createSession(event);
    const session = this.follow(new OpenSession(this.api, doc));
    this.update({
      openSessions: new Map(this.state.openSessions).set(doc.id, session),
      expanded: new Set(this.state.expanded).add(doc.id),
      selectedSessionId: doc.id,
    });
    await this.refreshSessions();
    return doc.id;
  }

  /** Renames a session: as an undoable change when it is open, otherwise directly. */
  async renameSession(id: SessionId, name: string): Promise<void> {
    const session = this.state.openSessions.get(id);
    if (session) {
      if (!session.apply(operation('updateEventDetails', { changes: { name } }))) {
        throw new Error(session.getView().problem ?? 'The session could not be renamed.');
      }
    } else {
      await this.api.renameSession(id, name);
    }
    await this.refreshSessions();
  }

  async deleteSession(id: SessionId): Promise<void> {
    await this.api.deleteSession(id);
    const openSessions = new Map(this.state.openSessions);
    openSessions.delete(id);
    const expanded = new Set(this.state.expanded);
    expanded.delete(id);
    const tabs = this.state.tabs.filter((t) => t.sessionId !== id);
    this.update({
      openSessions,
      expanded,
      tabs,
      activeBoardId: tabs.some((t) => t.boardId === this.state.activeBoardId)
        ? this.state.activeBoardId
        : (tabs[0]?.boardId ?? null),
      selectedSessionId: this.state.selectedSessionId === id ? null : this.state.selectedSessionId,
      sessions: this.state.sessions?.filter((s) => s.id !== id) ?? null,
    });
    await this.refreshSessions();
  }

  /** Adds an exercise from a template to a session (one undo step) and opens its first board, whose id it returns. */
  async addExercise(sessionId: SessionId, template: ExerciseTemplate): Promise<BoardId | null> {
    const session = await this.openSession(sessionId);
    if (!session) throw new Error(this.state.problem ?? 'The session could not be opened.');
    const args = instantiateTemplate(session.getView().doc, template, new Date().toISOString());
    if (!session.apply(operation('addExercise', args))) {
      throw new Error(session.getView().problem ?? 'The exercise could not be added.');
    }
    this.setExpanded(sessionId, true);
    const first = args.boards[0]?.id ?? null;
    if (first) this.openBoard(sessionId, first);
    return first;
  }

  /**
   * Adds several exercises in agenda order as one undo step (a deck's whole running
   * order, say); those the session already has from the same template are skipped.
   * Returns how many were added.
   */
  async addExercises(sessionId: SessionId, templates: readonly ExerciseTemplate[]): Promise<number> {
    const session = await this.openSession(sessionId);
    if (!session) throw new Error(this.state.problem ?? 'The session could not be opened.');
    const have = new Set(Object.values(session.getView().doc.exercises).map((e) => e.templateId));
    const now = new Date().toISOString();
    let doc = session.getView().doc;
    const operations = [];
    for (const template of templates.filter((t) => !have.has(t.id))) {
      const op = operation('addExercise', instantiateTemplate(doc, template, now));
      const next = applyOperation(doc, op, now);
      if (!next.ok) throw new Error(next.error.message);
      doc = next.value;
      operations.push(op);
    }
    if (operations.length === 0) return 0;
    if (!session.apply(operation('batch', { operations })))
      throw new Error(session.getView().problem ?? 'The exercises could not be added.');
    this.setExpanded(sessionId, true);
    return operations.length;
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

  setView(boardId: BoardId, view: EditorView): void {
    this.update({ views: { ...this.state.views, [boardId]: view } });
  }

  viewOf(boardId: BoardId): EditorView {
    return this.state.views[boardId] ?? 'board';
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

  /** The tab being shown, if any. */
  activeTab(): BoardTab | null {
    return this.state.tabs.find((t) => t.boardId === this.state.activeBoardId) ?? null;
  }

  /** The session undo, redo and the status bar refer to: the active board's, else the selected one. */
  currentSession(): OpenSession | null {
    const id = this.activeTab()?.sessionId ?? this.state.selectedSessionId;
    return id ? (this.state.openSessions.get(id) ?? null) : null;
  }

  /**
   * Shows a session: the sample from the welcome, or a file the user opened from outside.
   * Its first exercise's board opens; a session with no exercise is selected in the explorer.
   */
  async revealSession(id: SessionId): Promise<void> {
    await this.refreshSessions();
    const session = await this.openSession(id);
    if (!session) return;
    this.setExpanded(id, true);
    this.selectSession(id);
    const doc = session.getView().doc;
    const [exercise] = Object.values(doc.exercises).sort((a, b) => a.order - b.order);
    const tableOrder = (tableId: string | null) =>
      tableId ? (doc.tables[tableId as never]?.order ?? Infinity) : Infinity;
    const [board] = Object.values(doc.boards)
      .filter((b) => b.exerciseId === exercise?.id)
      .sort((a, b) => tableOrder(a.tableId) - tableOrder(b.tableId));
    if (board) this.openBoard(id, board.id);
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

  private remember(sessionId: SessionId, boardId: BoardId): void {
    const exerciseId = this.state.openSessions.get(sessionId)?.getView().doc.boards[boardId]?.exerciseId;
    if (exerciseId) this.boardsSeen.set(boardId, exerciseId);
  }

  /**
   * Keeps tabs on boards that exist: when a change (an undo, a removed table or room board)
   * takes away the board a tab shows, the tab moves to another board of the same exercise.
   * A tab whose whole exercise is gone stays, saying so, so that Undo can bring it back.
   */
  private follow(session: OpenSession): OpenSession {
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

  private update(changes: Partial<WorkbenchState>): void {
    this.state = { ...this.state, ...changes };
    this.listeners.forEach((l) => l());
  }
}
