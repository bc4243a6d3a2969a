import type { ApiEvent, RoundtableApi, SaveStatus } from '../../../shared/api/contract';
import type { SessionDocument } from '../../../shared/document/schema';
import type { Operation } from '../../../shared/operations/operation';
import { describeIssues } from '../../../shared/validation';
import { loadOperationChecks, operationChecks } from './operationChecks';
import { operations } from './operationsLoading';

/**
 * The operations' behaviours. They load after the board's first paint, and whatever makes a
 * change waits for them (operations.run, or the window's commands, which load with them).
 */
function behaviours() {
  const loaded = operations.get();
  if (!loaded) throw new Error('A change was made before the operations loaded: make it through operations.run.');
  return loaded;
}

/** One undo step: the operations that redo it, and those that undo it, each applied in order. */
interface UndoEntry {
  forward: Operation[];
  backward: Operation[];
  label: string;
}

/** What the user did, as called: replayed in order if a change made before the checks loaded is refused by them. */
type Step =
  { kind: 'apply'; op: Operation; options: ApplyOptions } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'retract' };

/**
 * Changes made before the operations' schemas loaded (the first moments after the board is
 * drawn). They are applied here at once, so whatever the user does next sees them, but are
 * sent only once the schemas have checked them, in the order they were made.
 */
interface Held {
  /** The session, its save status, and the undo and redo steps as they were before the first of them. */
  base: SessionDocument;
  saveStatus: SaveStatus;
  undo: UndoEntry[];
  redo: UndoEntry[];
  steps: Step[];
  /** The operations applied here, in order, each with the revision it gave our copy. */
  sends: { op: Operation; expected: number }[];
  /** Another window changed the session meanwhile: take the services' copy once ours is sent. */
  reloadDue: boolean;
}

const copyStack = (stack: UndoEntry[]) =>
  stack.map((e) => ({ ...e, forward: [...e.forward], backward: [...e.backward] }));

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
  /** Changes made before the operations' schemas loaded, not yet sent (see Held). */
  private held: Held | null = null;
  /** Operations sent whose answer has not come. */
  private readonly sending = new Set<Promise<void>>();

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
   * false, and sets `problem` to say why, if it cannot apply; nothing changes then.
   *
   * A change made before the operations' schemas have loaded applies here at once, as any other,
   * so the next action sees it (the editor opening on a note just added), and is sent once the
   * schemas have checked it. Should they refuse one (too many notes in one step, say), the
   * session goes back to how it was before the first of those changes and they are made again,
   * in order, as if the schemas had been there all along: the refused one is left out, with the
   * reason shown.
   */
  apply(op: Operation, options: ApplyOptions = {}): boolean {
    // Its editing controls are disabled and the read-only state is shown up front; a key that slips through does nothing.
    if (this.view.readOnly) return false;
    behaviours();
    const checks = operationChecks();
    if (checks) {
      // Checked here as the services will check it, so a change they would refuse is never shown as done.
      const valid = checks.OperationSchema.safeParse(op);
      if (!valid.success) {
        this.publish({ problem: `That change cannot be made: ${describeIssues(valid.error)}.` });
        return false;
      }
    } else this.hold();
    const before = this.view.doc;
    if (!this.applyAndSend(op)) return false;
    this.held?.steps.push({ kind: 'apply', op, options });
    const backward = behaviours().invertOperation(before, op);
    const last = this.undoStack[this.undoStack.length - 1];
    if (options.joinPrevious && last) {
      last.forward.push(op);
      last.backward.unshift(backward);
    } else {
      this.undoStack.push({ forward: [op], backward: [backward], label: behaviours().describeOperation(op) });
    }
    this.redoStack.length = 0;
    this.publish({});
    return true;
  }

  undo(): void {
    this.held?.steps.push({ kind: 'undo' });
    const entry = this.undoStack.pop();
    if (!entry) return;
    if (this.applyAll(entry.backward)) this.redoStack.push(entry);
    this.publish({});
  }

  redo(): void {
    this.held?.steps.push({ kind: 'redo' });
    const entry = this.redoStack.pop();
    if (!entry) return;
    if (this.applyAll(entry.forward)) this.undoStack.push(entry);
    this.publish({});
  }

  /** Undoes the last step and forgets it, for a step the user abandoned (an empty new note they cancelled). */
  retractLast(): void {
    this.held?.steps.push({ kind: 'retract' });
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
      if (this.held) return void (this.held.reloadDue = true); // Our own copy has changes not yet sent.
      // Another window's change that comes before the operations have loaded is applied once they have.
      if (!operations.get()) return operations.run(() => this.receive(event));
      const { applyOperation } = behaviours();
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
      const result = behaviours().applyOperation(trial, op, now);
      if (!result.ok) {
        this.publish({ problem: result.error.message });
        return false;
      }
      trial = result.value;
    }
    return ops.every((op) => this.applyAndSend(op));
  }

  private applyAndSend(op: Operation): boolean {
    const result = behaviours().applyOperation(this.view.doc, op, new Date().toISOString());
    if (!result.ok) {
      this.publish({ problem: result.error.message });
      return false;
    }
    const expected = result.value.revision;
    this.view = { ...this.view, doc: result.value, saveStatus: 'saving', problem: null };
    if (this.held) this.held.sends.push({ op, expected });
    else void this.send(op, expected);
    return true;
  }

  /** Sends one operation our copy has applied; settles once the services have answered. */
  private send(op: Operation, expected: number): Promise<void> {
    const sent = this.api.applyOperation(this.id, op).then(
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
    this.sending.add(sent);
    void sent.finally(() => this.sending.delete(sent));
    return sent;
  }

  /** Starts holding changes until the operations' schemas have loaded (see Held). */
  private hold(): void {
    if (this.held) return;
    this.held = {
      base: this.view.doc,
      saveStatus: this.view.saveStatus,
      undo: copyStack(this.undoStack),
      redo: copyStack(this.redoStack),
      steps: [],
      sends: [],
      reloadDue: false,
    };
    loadOperationChecks().then(
      () => this.release(),
      () => this.release(),
    );
  }

  /** Checks and sends the held changes, or makes them again in order if the schemas refuse one. */
  private release(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    const checks = operationChecks();
    if (checks && held.sends.every(({ op }) => checks.OperationSchema.safeParse(op).success)) {
      held.sends.forEach(({ op, expected }) => void this.send(op, expected));
    } else {
      // Back to how the session was before the first held change; then, if the schemas are
      // there, each step again in order, checked as it is made.
      this.view = { ...this.view, doc: held.base, saveStatus: held.saveStatus };
      this.undoStack.splice(0, this.undoStack.length, ...held.undo);
      this.redoStack.splice(0, this.redoStack.length, ...held.redo);
      let problem = checks ? null : 'That change could not be checked, so it was not made. Try it again.';
      for (const step of checks ? held.steps : []) {
        if (step.kind === 'undo') this.undo();
        else if (step.kind === 'redo') this.redo();
        else if (step.kind === 'retract') this.retractLast();
        else if (!this.apply(step.op, step.options)) problem ??= this.view.problem;
      }
      this.publish({ problem });
    }
    if (held.reloadDue) void this.reload();
  }

  /** Replaces our copy with the services' one, after a disagreement. */
  private async reload(): Promise<void> {
    if (this.held) return void (this.held.reloadDue = true); // Not before our held changes are sent.
    // After our changes in flight, so the copy asked for has them.
    await Promise.all(this.sending);
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
