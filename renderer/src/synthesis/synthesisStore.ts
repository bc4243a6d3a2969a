import { useStore } from '../hooks/useStore';
import { createStore } from '../state/store';
import type { ApiEvent, RoundtableApi } from '../../../shared/api/contract';
import type { SynthesisFileOutcome, SynthesisView } from '../../../shared/synthesis/types';
import type { ProjectListing, ProjectOpened } from '../../../shared/synthesisProject/view';
import { review } from './reviewStore';
import { synthesisShown } from './synthesisShown';

// The Synthesis workspace's state in this window (whether it is showing is synthesisShown.ts):
// the projects in the data folder, the open project's synthesis (the services hold the project
// and save it), and the progress of files being added. Files are read here one at a time and
// sent in batches of about 8 MB, so a folder of a thousand exports never sits in memory whole.

export interface SynthesisProgress {
  done: number;
  total: number;
  coding: boolean;
  batch: number;
  /** While coding, how far the services are, as they tell it: checking the batch's files, or the sentence model reading its new texts. */
  services?: Omit<Extract<ApiEvent, { type: 'synthesisProgress' }>, 'type'>;
}

export interface SynthesisState {
  /** The projects in the data folder, newest change first (null until listed). */
  projects: ProjectListing[] | null;
  /** The open project's id and name, or null. */
  project: { id: string; name: string } | null;
  view: SynthesisView | null;
  /** Files being read and sent; `coding` while the services find the themes of the `batch` files just sent. */
  progress: SynthesisProgress | null;
  /** This window's own problem (a failed call), in words. */
  problem: string | null;
  /** Files this window would not send (not .json, too large), with the reason. */
  skipped: SynthesisFileOutcome[];
}

const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 200;
/** Files over this are not exports; they are reported, not read. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const store = createStore<SynthesisState>({
  projects: null,
  project: null,
  view: null,
  progress: null,
  problem: null,
  skipped: [],
});
const update = store.update;

export function useSynthesisState(): SynthesisState {
  return useStore(store);
}

const released = () =>
  store
    .get()
    .view?.piiReview.filter((i) => i.released)
    .map((i) => i.finding.id) ?? [];

function show(api: RoundtableApi, opened: ProjectOpened): void {
  review.load(api, opened);
  review.onChange(() => void synthesisWorkspace.refresh(api));
  update({ project: { id: opened.review.id, name: opened.review.name }, view: opened.view, problem: null });
}

export const synthesisWorkspace = {
  toggle(api: RoundtableApi): void {
    synthesisShown.set(!synthesisShown.get());
    if (synthesisShown.get() && !store.get().project) void synthesisWorkspace.listProjects(api);
  },
  open(api: RoundtableApi): void {
    if (!synthesisShown.get()) synthesisWorkspace.toggle(api);
  },
  close(): void {
    synthesisShown.set(false);
  },
  async listProjects(api: RoundtableApi): Promise<void> {
    try {
      update({ projects: await api.listSynthesisProjects() });
    } catch (error) {
      update({ problem: `The synthesis projects could not be listed: ${(error as Error).message}` });
    }
  },
  /** Makes a new, empty project and opens it; exports are then added to it. */
  async createProject(api: RoundtableApi, name: string): Promise<boolean> {
    try {
      show(api, await api.createSynthesisProject({ name: name.trim() || 'Synthesis' }, []));
      update({ skipped: [] });
      return true;
    } catch (error) {
      update({ problem: `The project could not be made: ${(error as Error).message}` });
      return false;
    }
  },
  async openProject(api: RoundtableApi, id: string): Promise<boolean> {
    try {
      show(api, await api.openSynthesisProject(id));
      update({ skipped: [] });
      return true;
    } catch (error) {
      update({ problem: `That project could not be opened: ${(error as Error).message}` });
      return false;
    }
  },
  /** Gives a listed project a new name and lists the projects again. */
  async renameProject(api: RoundtableApi, id: string, name: string): Promise<boolean> {
    try {
      await api.renameSynthesisProject(id, name);
      update({ problem: null });
      await synthesisWorkspace.listProjects(api);
      return true;
    } catch (error) {
      update({ problem: `The project could not be renamed: ${(error as Error).message}` });
      return false;
    }
  },
  /** Moves a listed project to the data folder's deleted folder and lists the projects again; a failure is thrown, for the dialog to show. */
  async deleteProject(api: RoundtableApi, id: string): Promise<void> {
    await api.deleteSynthesisProject(id);
    update({ problem: null });
    await synthesisWorkspace.listProjects(api);
  },
  /** A failed step of this window (an export, say), in words, shown as an alert in the workspace. */
  fail(problem: string): void {
    update({ problem });
  },
  /** Closes the open project (it stays saved) and lists the projects again. */
  async closeProject(api: RoundtableApi): Promise<void> {
    review.clear();
    update({ project: null, view: null, skipped: [], problem: null });
    await synthesisWorkspace.listProjects(api);
  },
  /** The open project's synthesis made again (after a decision, so its themes are the reviewed ones). */
  async refresh(api: RoundtableApi): Promise<void> {
    const project = store.get().project;
    if (!project) return;
    try {
      const view = await api.getSynthesisProjectView(project.id);
      if (store.get().project?.id === project.id) update({ view });
    } catch (error) {
      update({ problem: `The synthesis could not be shown: ${(error as Error).message}` });
    }
  },
  /**
   * Adds export files (.json; others are skipped and listed) to the open project in batches,
   * with progress; with no project open, a new one is made from the first batch. Resolves with
   * how many were sent.
   */
  async addFiles(api: RoundtableApi, chosen: readonly File[], name = ''): Promise<number> {
    const skipped: SynthesisFileOutcome[] = [];
    const files = chosen.filter((f) => {
      const why = !f.name.toLowerCase().endsWith('.json')
        ? 'is not an export (not a .json file)'
        : f.size > MAX_FILE_BYTES
          ? 'is too large (over 16 MB) to be a Roundtable export'
          : null;
      if (why) skipped.push({ name: f.name, outcome: 'bad', message: `"${f.name}" ${why}, so it was not read.` });
      return why === null;
    });
    update({
      progress: { done: 0, total: files.length, coding: false, batch: 0 },
      problem: null,
      skipped: [...store.get().skipped, ...skipped],
    });
    let batch: { name: string; text: string }[] = [];
    let bytes = 0;
    let done = 0;
    const send = async () => {
      if (batch.length === 0) return;
      const coding = { done, total: files.length, coding: true, batch: batch.length };
      update({ progress: coding });
      const project = store.get().project;
      const listening = api.onEvent((event) => {
        if (event.type !== 'synthesisProgress') return;
        const { type: _type, ...services } = event;
        update({ progress: { ...coding, services } });
      });
      try {
        show(
          api,
          project
            ? await api.addSynthesisProjectFiles(project.id, batch)
            : await api.createSynthesisProject({ name: name.trim() || 'Synthesis' }, batch),
        );
      } finally {
        listening();
      }
      done += batch.length;
      batch = [];
      bytes = 0;
      update({ progress: { done, total: files.length, coding: false, batch: 0 } });
    };
    try {
      for (const file of files) {
        if (bytes + file.size > BATCH_BYTES || batch.length >= BATCH_FILES) await send();
        batch.push({ name: file.webkitRelativePath || file.name, text: await file.text() });
        bytes += file.size;
      }
      await send();
      update({ progress: null });
    } catch (error) {
      update({
        progress: null,
        problem: `Adding files stopped after ${done} of ${files.length}: ${(error as Error).message}`,
      });
      await synthesisWorkspace.refresh(api);
    }
    return done;
  },
  /** Releases a reviewed finding (or withholds it again): the synthesis is made again with that choice, saved in the project. */
  async release(api: RoundtableApi, id: string, release: boolean): Promise<void> {
    const project = store.get().project;
    if (!project) return;
    const before = released();
    const next = release ? [...new Set([...before, id])] : before.filter((r) => r !== id);
    try {
      update({ view: await api.getSynthesisProjectView(project.id, { releasedPii: next }), problem: null });
    } catch (error) {
      update({
        problem: `That finding could not be ${release ? 'released' : 'withheld again'}: ${(error as Error).message}`,
      });
    }
  },
};
