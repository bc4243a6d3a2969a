import { parseExportText } from '../../../shared/import/parseExport';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import type { MergedNote, SynthesisFileOutcome } from '../../../shared/synthesis/types';
import { codedProject, extendProject } from '../../../shared/synthesisProject/extend';
import { decide, redo, setAnalyst, undo } from '../../../shared/synthesisProject/history';
import type { ReviewOperation } from '../../../shared/synthesisProject/registry';
import type { ProjectSource, SynthesisProject } from '../../../shared/synthesisProject/schema';
import { useStore } from '../hooks/useStore';
import { createStore } from '../state/store';

// The review of the machine's themes in this window: the exports the services accepted are
// read here too, into a synthesis project kept in memory (shared/synthesisProject/), and every
// decision is one of the project's named operations with its undo step and audit entry. The
// first exports make the project (the machine's coding); later ones join it (extendProject),
// every decision kept. Saving the project to the data folder is the services' part.

export interface ReviewState {
  project: SynthesisProject | null;
  /** Every note of the project, by its record id. */
  notes: ReadonlyMap<string, MergedNote>;
  /** What the last decision, undo or redo said when it could not be made. */
  problem: string | null;
}

const store = createStore<ReviewState>({ project: null, notes: new Map(), problem: null });
let builder = new SynthesisBuilder();

export function useReviewState(): ReviewState {
  return useStore(store);
}

const now = () => new Date().toISOString();

function notesById(rows: readonly MergedNote[]): Map<string, MergedNote> {
  return new Map(rows.map((r) => [r.noteId, r]));
}

export const review = {
  get: () => store.get(),
  /** Reads the files the services added (their outcome "added") into the project: made from the first, extended by the rest. */
  addFiles(files: readonly { name: string; text: string }[], outcomes: readonly SynthesisFileOutcome[]): void {
    const sources: ProjectSource[] = [];
    files.forEach((file, i) => {
      if (outcomes[i]?.outcome !== 'added') return;
      const parsed = parseExportText(file.text, file.name);
      if (!parsed.ok) return;
      try {
        if (builder.add(parsed.value, file.name) !== 'added') return;
      } catch {
        return;
      }
      sources.push({ name: file.name, path: file.name, contentHash: parsed.value.contentHash, addedAt: now() });
    });
    if (sources.length === 0) return;
    const rows = builder.noteRows();
    const { project } = store.get();
    const input = { notes: rows, vectors: null, sources, at: now() };
    const next = project
      ? extendProject(project, input).project
      : codedProject({ ...input, id: `synthesis-${Date.now()}`, name: 'Synthesis', analyst: '' });
    store.update({ project: next, notes: notesById(rows), problem: null });
  },
  /** Makes one decision; returns whether it was made (if not, `problem` says why). */
  decide(op: ReviewOperation): boolean {
    const { project } = store.get();
    if (!project) return false;
    const result = decide(project, op, { at: now() });
    store.update(result.ok ? { project: result.value, problem: null } : { problem: result.error.message });
    return result.ok;
  },
  undo(): boolean {
    return review.replay(undo);
  },
  redo(): boolean {
    return review.replay(redo);
  },
  replay(step: typeof undo): boolean {
    const { project } = store.get();
    if (!project) return false;
    const result = step(project, { at: now() });
    store.update(result.ok ? { project: result.value, problem: null } : { problem: result.error.message });
    return result.ok;
  },
  setAnalyst(name: string): void {
    const { project } = store.get();
    if (!project || project.analyst === name.trim()) return;
    const result = setAnalyst(project, name, now());
    store.update(result.ok ? { project: result.value, problem: null } : { problem: result.error.message });
  },
  clear(): void {
    builder = new SynthesisBuilder();
    store.update({ project: null, notes: new Map(), problem: null });
  },
};
