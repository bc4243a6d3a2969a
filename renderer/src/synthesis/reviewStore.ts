import type { RoundtableApi } from '../../../shared/api/contract';
import type { MergedNote } from '../../../shared/synthesis/types';
import type { ReviewOperation } from '../../../shared/synthesisProject/registry';
import type { ProjectOpened, ProjectReview } from '../../../shared/synthesisProject/view';
import { useStore } from '../hooks/useStore';
import { createStore } from '../state/store';

// The review of the open synthesis project in this window. The project lives in the services
// (a file in the data folder, written durably before each call returns): every decision, undo
// and redo is sent to them, one at a time and in order, and what they send back is shown. So a
// reload or a restart loses nothing; opening the project again shows it as it was left.

export interface ReviewState {
  /** The open project's review, or null when none is open. */
  project: ProjectReview | null;
  /** Every note of the project, by its record id. */
  notes: ReadonlyMap<string, MergedNote>;
  /** Each note a table grouped, and its group's id: what "Move group" moves. */
  noteGroups: Readonly<Record<string, string>>;
  /** What the last decision, undo or redo said when it could not be made. */
  problem: string | null;
}

const store = createStore<ReviewState>({ project: null, notes: new Map(), noteGroups: {}, problem: null });
let api: RoundtableApi | null = null;
let queue: Promise<unknown> = Promise.resolve();
let changed: () => void = () => {};

export function useReviewState(): ReviewState {
  return useStore(store);
}

function groupsOf(rows: readonly MergedNote[]): Record<string, string> {
  const groups: Record<string, string> = {};
  for (const r of rows) if (r.groupId) groups[r.noteId] = r.groupId;
  return groups;
}

/** Runs one call to the project after the ones before it; shows what it returns, or why it failed. */
function inTurn(call: (api: RoundtableApi, id: string) => Promise<ProjectReview>): Promise<boolean> {
  const next = queue.then(async () => {
    const { project } = store.get();
    if (!api || !project) return false;
    try {
      const review = await call(api, project.id);
      // The project may have been closed (or another opened) while the call was on its way.
      if (store.get().project?.id !== review.id) return false;
      store.update({ project: review, problem: null });
      changed();
      return true;
    } catch (error) {
      store.update({ problem: (error as Error).message });
      return false;
    }
  });
  queue = next;
  return next;
}

export const review = {
  get: () => store.get(),
  /** Shows a project the services opened, made or gave more exports (its review and notes). */
  load(client: RoundtableApi, opened: ProjectOpened): void {
    api = client;
    store.update({
      project: opened.review,
      notes: new Map(opened.notes.map((r) => [r.noteId, r])),
      noteGroups: groupsOf(opened.notes),
      problem: null,
    });
  },
  /** Called after every decision, undo or redo the services made (the synthesis shown is made again). */
  onChange(listener: () => void): void {
    changed = listener;
  },
  /** Makes one decision; resolves with whether it was made (if not, `problem` says why). */
  decide(op: ReviewOperation): Promise<boolean> {
    return inTurn((a, id) => a.applySynthesisReview(id, op));
  },
  undo(): Promise<boolean> {
    return inTurn((a, id) => a.undoSynthesisReview(id));
  },
  redo(): Promise<boolean> {
    return inTurn((a, id) => a.redoSynthesisReview(id));
  },
  setAnalyst(name: string): Promise<boolean> {
    const { project } = store.get();
    if (!project || project.analyst === name.trim()) return Promise.resolve(false);
    return inTurn((a, id) => a.setSynthesisAnalyst(id, name));
  },
  /** The whole audit log as a CSV file, from the services. */
  async auditLog() {
    const { project } = store.get();
    if (!api || !project) return null;
    return api.exportSynthesisAuditLog(project.id);
  },
  clear(): void {
    store.update({ project: null, notes: new Map(), noteGroups: {}, problem: null });
  },
};
