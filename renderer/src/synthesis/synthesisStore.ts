import { useStore } from '../hooks/useStore';
import { createStore } from '../state/store';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { SynthesisFileOutcome, SynthesisView } from '../../../shared/synthesis/types';
import { review } from './reviewStore';

// The Synthesis workspace's state in this window: whether it is showing, the synthesis the
// services hold, and the progress of files being added. Files are read here one at a time and
// sent in batches of about 8 MB, so a folder of a thousand exports never sits in memory whole.

export interface SynthesisState {
  open: boolean;
  view: SynthesisView | null;
  progress: { done: number; total: number } | null;
  /** This window's own problem (a failed call), in words. */
  problem: string | null;
  /** Files this window would not send (not .json, too large), with the reason. */
  skipped: SynthesisFileOutcome[];
  /** Ids of the personal-data findings the organiser has reviewed and released. */
  released: string[];
}

const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 200;
/** Files over this are not exports; they are reported, not read. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const store = createStore<SynthesisState>({
  open: false,
  view: null,
  progress: null,
  problem: null,
  skipped: [],
  released: [],
});
const update = store.update;

export function useSynthesisState(): SynthesisState {
  return useStore(store);
}

export const synthesisWorkspace = {
  toggle(api: RoundtableApi): void {
    update({ open: !store.get().open });
    if (store.get().open && !store.get().view) void synthesisWorkspace.refresh(api);
  },
  open(api: RoundtableApi): void {
    if (!store.get().open) synthesisWorkspace.toggle(api);
  },
  close(): void {
    update({ open: false });
  },
  async refresh(api: RoundtableApi): Promise<void> {
    try {
      update({ view: await api.getSynthesis({ releasedPii: store.get().released }) });
    } catch (error) {
      update({ problem: `The synthesis could not be shown: ${(error as Error).message}` });
    }
  },
  /** Adds export files (.json; others are skipped and listed) in batches, with progress; resolves with how many were sent. */
  async addFiles(api: RoundtableApi, chosen: readonly File[]): Promise<number> {
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
      progress: { done: 0, total: files.length },
      problem: null,
      skipped: [...store.get().skipped, ...skipped],
    });
    let batch: { name: string; text: string }[] = [];
    let bytes = 0;
    let done = 0;
    const send = async () => {
      if (batch.length === 0) return;
      review.addFiles(batch, await api.addSynthesisFiles(batch));
      done += batch.length;
      batch = [];
      bytes = 0;
      update({ progress: { done, total: files.length } });
    };
    try {
      for (const file of files) {
        if (bytes + file.size > BATCH_BYTES || batch.length >= BATCH_FILES) await send();
        batch.push({ name: file.webkitRelativePath || file.name, text: await file.text() });
        bytes += file.size;
      }
      await send();
      update({ view: await api.getSynthesis({ releasedPii: store.get().released }), progress: null });
    } catch (error) {
      update({
        progress: null,
        problem: `Adding files stopped after ${done} of ${files.length}: ${(error as Error).message}`,
      });
      await synthesisWorkspace.refresh(api);
    }
    return done;
  },
  /** Releases a reviewed finding (or withholds it again), and makes the synthesis again with that choice. */
  async release(api: RoundtableApi, id: string, released: boolean): Promise<void> {
    const before = store.get().released;
    const next = released ? [...new Set([...before, id])] : before.filter((r) => r !== id);
    try {
      update({ view: await api.getSynthesis({ releasedPii: next }), released: next, problem: null });
    } catch (error) {
      update({
        problem: `That finding could not be ${released ? 'released' : 'withheld again'}: ${(error as Error).message}`,
      });
    }
  },
  async clear(api: RoundtableApi): Promise<void> {
    await api.clearSynthesis();
    review.clear();
    update({ skipped: [], released: [] });
    await synthesisWorkspace.refresh(api);
  },
};
