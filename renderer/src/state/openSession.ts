import type { ApiEvent, RoundtableApi, SaveStatus } from '../../../shared/api/contract';
import type { SessionDocument } from '../../../shared/document/schema';
import {
  applyOperation,
  describeOperation,
  invertOperation,
  type Operation,
} from '../../../shared/operations/registry';
import { describeIssues } from '../../../shared/validation';
import { loadOperationChecks, operationChecks } from './operationChecks';

/** One undo step: the operations that redo it, and those that undo it, each applied in order. */
interface UndoEntry {
  forward: Operation[];
  backward: Operation[];
  label: string;
}

export interface ApplyOptions {
  /** Make this change part of the previous undo step (typing the text of a note just added, say). */
  joinPrevious?: boolean;
}

export interface SessionView {
  doc: SessionDocument;
  saveStatus: SaveStatus;
  /** The last problem to show the user, or null. */
  problem: string | null;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Why this session cannot be changed (a newer Roundtable wrote it), or null. */
  readOnly: string | null;
}

/**
 * One session open in the renderer. It applies each operation locally at once (so the board
 * never waits on a save), sends it to the services, and keeps the undo and redo stacks as
 * pairs of operations. The services stay the single writer: if they disagree, we reload
 * their copy. React reads it through useSyncExternalStore.
 */
/** How often changes from elsewhere (another window, the room's phones) are drawn, at most. */
const REMOTE_PUBLISH_MS = 100;

export class OpenSession {
  private view: SessionView;
  private readonly undoStack: UndoEntry[] = [];
  private readonly redoStack: UndoEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private pendingPublish: ReturnType<typeof setTimeout> | null = null;
  /** The message of the failed save being shown, so a later successful save clears it. */
  private saveProblem: string | null = null;
  /** Changes made before the operations' schemas loaded, applied in turn once they have. */
  private waiting: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: RoundtableApi,
    doc: SessionDocument,
    readOnly: string | null = null,
  ) {
    this.view = {
      doc,
      saveStatus: 'saved',
      problem: null,
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
      readOnly,
    };
  }

  get id() {
    return this.view.doc.id;
  }

  getView = (): SessionView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /**
   * Applies a change the user made, as one undo step (or as part of the last one). Returns
   * false, and sets `problem` to say why, if it cannot apply; nothing changes then. A change made
   * before the operations' schemas have loaded returns true and is applied once they have (or
   * sets `problem` then).
   */
  apply(op: Operation, options: ApplyOptions = {}): boolean {
    // Its editing controls are disabled and the read-only state is shown up front; a key that slips through does nothing.
    if (this.view.readOnly) return false;
    const checks = operationChecks();
    if (!checks) {
      // The schemas are still loading (a change in the first moments after the board is drawn):
      // it is checked and applied, in the order it was made, as soon as they are there.
      this.waiting = this.waiting.then(() =>
        loadOperationChecks().then(
          () => void this.apply(op, options),
          () => this.publish({ problem: 'That change could not be checked, so it was not made. Try it again.' }),
        ),
      );
      return true;
    }
    // Checked here as the services will check it, so a change they would refuse is never shown as done.
    const valid = checks.OperationSchema.safeParse(op);
    if (!valid.success) {
      this.publish({ problem: `That change cannot be made: ${describeIssues(valid.error)}.` });
      return false;
    }
    const before = this.view.doc;
    if (!this.applyAndSend(op)) return false;
    const backward = invertOperation(before, op);
    const last = this.undoStack[this.undoStack.length - 1];
    if (options.joinPrevious && last) {
      last.forward.push(op);
      last.backward.unshift(backward);
    } else {
      this.undoStack.push({ forward: [op], backward: [backward], label: describeOperation(op) });
    }
    this.redoStack.length = 0;
    this.publish({});
    return true;
  }

  undo(): void {
    const entry = this.undoStack.pop();
    if (!entry) return;
    if (this.applyAll(entry.backward)) this.redoStack.push(entry);
    this.publish({});
  }

  redo(): void {
    const entry = this.redoStack.pop();
    if (!entry) return;
    if (this.applyAll(entry.forward)) this.undoStack.push(entry);
    this.publish({});
  }

  /** Undoes the last step and forgets it, for a step the user abandoned (an empty new note they cancelled). */
  retractLast(): void {
    const entry = this.undoStack.pop();
    if (entry) this.applyAll(entry.backward);
    this.publish({});
  }

  /** Makes the session read-only, for the reason given (a newer Roundtable wrote its file), learnt after it opened. */
  markReadOnly(reason: string): void {
    if (this.view.readOnly !== reason) this.publish({ readOnly: reason });
  }

  /** Takes in an event from the services: saves' progress and changes made by other windows. */
  receive(event: ApiEvent): void {
    if (event.type === 'saveStatus' && event.sessionId === this.id) {
      const failed = this.saveProblem;
      this.saveProblem = event.status === 'error' ? event.message : event.status === 'saved' ? null : failed;
      const problem =
        event.status === 'error'
          ? event.message
          : event.status === 'saved' && this.view.problem === failed
            ? null
            : this.view.problem;
      // "Saving" comes with every change: only a different status or problem is news.
      if (event.status === this.view.saveStatus && problem === this.view.problem) return;
      this.publish({ saveStatus: event.status, problem });
    } else if (event.type === 'sessionChanged' && event.sessionId === this.id) {
      const doc = this.view.doc;
      if (event.revision <= doc.revision) return; // Ours, already applied, or older.
      if (event.revision === doc.revision + 1) {
        const result = applyOperation(doc, event.operation, new Date().toISOString());
        if (result.ok) return this.publishSoon({ ...result.value, updatedAt: doc.updatedAt });
      }
      void this.reload();
    }
  }

  /**
   * Applies the steps of one undo entry: all of them, or none. They are tried in turn on a
   * copy first, so a step that no longer applies (another window deleted its note, say)
   * leaves the session as it was, with the reason shown, and nothing is sent.
   */
  private applyAll(ops: Operation[]): boolean {
    const now = new Date().toISOString();
    let trial = this.view.doc;
    for (const op of ops) {
      const result = applyOperation(trial, op, now);
      if (!result.ok) {
        this.publish({ problem: result.error.message });
        return false;
      }
      trial = result.value;
    }
    return ops.every((op) => this.applyAndSend(op));
  }

  private applyAndSend(op: Operation): boolean {
    const result = applyOperation(this.view.doc, op, new Date().toISOString());
    if (!result.ok) {
      this.publish({ problem: result.error.message });
      return false;
    }
    const expected = result.value.revision;
    this.view = { ...this.view, doc: result.value, saveStatus: 'saving', problem: null };
    this.api.applyOperation(this.id, op).then(
      ({ revision }) => {
        if (revision !== expected) void this.reload();
      },
      (error: Error) => {
        this.undoStack.length = 0;
        this.redoStack.length = 0;
        this.publish({ problem: error.message });
        void this.reload();
      },
    );
    return true;
  }

  /** Replaces our copy with the services' one, after a disagreement. */
  private async reload(): Promise<void> {
    try {
      const doc = await this.api.openSession(this.id);
      this.publish({ doc });
    } catch (error) {
      this.publish({ problem: (error as Error).message, saveStatus: 'error' });
    }
  }

  /**
   * Takes in another window's or the room's change at once, but tells the board at most every
   * REMOTE_PUBLISH_MS: a full room changes the session dozens of times a second, and each time
   * would redraw the board. The user's own changes are shown at once (publish).
   */
  private publishSoon(doc: SessionDocument): void {
    this.view = { ...this.view, doc };
    this.pendingPublish ??= setTimeout(() => this.publish({}), REMOTE_PUBLISH_MS);
  }

  private publish(changes: Partial<SessionView>): void {
    if (this.pendingPublish) clearTimeout(this.pendingPublish);
    this.pendingPublish = null;
    const last = (stack: UndoEntry[]) => stack[stack.length - 1]?.label ?? null;
    this.view = {
      ...this.view,
      ...changes,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      undoLabel: last(this.undoStack),
      redoLabel: last(this.redoStack),
    };
    this.listeners.forEach((l) => l());
  }
}
