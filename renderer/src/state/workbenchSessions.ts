import type { SnapshotInfo, StorageNotice } from '../../../shared/api/storage';
import type { EventDetails } from '../../../shared/document/schema';
import type { BoardId, SessionId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/operation';
import type { ExerciseTemplate } from '../../../shared/templates/schema';
import { takeEarlySession } from '../api/openEarly';
import { OpenSession } from './openSession';
import { operations } from './operationsLoading';
import { WorkbenchTabs } from './workbenchTabs';

/** Calls `then` once the first board is drawn (or it is given up on); returns a cancel. */
export type WhenBoardDrawn = (then: () => void) => () => void;

/** The sessions the workbench knows: the list, those open, creating, renaming, deleting, restoring and adding exercises. */
export class WorkbenchSessions extends WorkbenchTabs {
  private readonly opening = new Map<SessionId, Promise<OpenSession | null>>();
  private readonly dismissedNotices = new Set<string>();

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
      // The session the app was launched to show was asked for before the app's scripts ran (open-early.js).
      const early = takeEarlySession(id);
      const doc = early ? early.then((d) => d ?? this.api.openSession(id)) : this.api.openSession(id);
      pending = doc.then(
        (doc) => {
          performance.mark('roundtable:session-received');
          const session = this.follow(new OpenSession(this.api, doc, this.newerVersionNotice(id)));
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
      // A session can arrive before the notices (the one the app was launched with does): it turns read-only now.
      for (const [id, session] of this.state.openSessions) {
        const newer = this.newerVersionNotice(id);
        if (newer) session.markReadOnly(newer);
      }
    } catch {
      // The sessions list says if the services cannot be reached.
    }
  }

  /** Why a session cannot be changed, when the services said a newer Roundtable wrote its file; else null. */
  private newerVersionNotice(id: SessionId): string | null {
    return this.state.storageNotices.find((n) => n.kind === 'newer-version' && n.sessionId === id)?.message ?? null;
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
    await operations.load();
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
      await operations.load();
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
    const [{ instantiateTemplate }] = await Promise.all([
      import('../../../shared/templates/instantiate'),
      operations.load(),
    ]);
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
    const [{ instantiateTemplate }, { applyOperation }] = await Promise.all([
      import('../../../shared/templates/instantiate'),
      operations.load(),
    ]);
    const have = new Set(Object.values(session.getView().doc.exercises).map((e) => e.templateId));
    const now = new Date().toISOString();
    let doc = session.getView().doc;
    const steps = [];
    for (const template of templates.filter((t) => !have.has(t.id))) {
      const op = operation('addExercise', instantiateTemplate(doc, template, now));
      const next = applyOperation(doc, op, now);
      if (!next.ok) throw new Error(next.error.message);
      doc = next.value;
      steps.push(op);
    }
    if (steps.length === 0) return 0;
    if (!session.apply(operation('batch', { operations: steps })))
      throw new Error(session.getView().problem ?? 'The exercises could not be added.');
    this.setExpanded(sessionId, true);
    return steps.length;
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
  async revealSession(id: SessionId, listAfter?: WhenBoardDrawn): Promise<void> {
    // The board first: the session opens without waiting for the sessions list, which follows
    // (launched with it, `listAfter` holds the list back until its board is drawn).
    let listed = listAfter ? null : this.refreshSessions();
    const session = await this.openSession(id);
    if (!session) return listed ?? this.refreshSessions();
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
    listed ??= board
      ? new Promise<void>((drawn) => listAfter!(drawn)).then(() => this.refreshSessions())
      : this.refreshSessions();
    await listed;
  }
}
