import path from 'node:path';
import type { AreaHandlers } from '../../../shared/api/contract';
import type { WORKBENCH_METHODS } from '../../../shared/api/methods';
import { parseStrictJson } from '../../../shared/strictJson';
import { WorkbenchLayoutSchema, type WorkbenchLayout } from '../../../shared/workbench/layoutSchema';
import { readTextFile, writeDurably } from '../dataFolder/durableJsonFile';

/** The file in a data folder that holds the workbench's layout (its tabs, views, explorer and side bar). */
export const WORKBENCH_LAYOUT_FILE = 'workbench.json';

/** A layout is a few kilobytes; anything far larger is not one of ours. */
const MAX_BYTES = 256 * 1024;

/**
 * The workbench's layout on one data folder, as VS Code keeps a workspace's state: read when
 * a window starts, written (durably, one write at a time) when it changes. A missing, damaged
 * or foreign file only means the workbench starts afresh; it is never fatal and never deleted
 * here (the next save replaces it).
 */
export class WorkbenchLayoutFile {
  private readonly file: string;
  private queue: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, WORKBENCH_LAYOUT_FILE);
  }

  async read(): Promise<WorkbenchLayout | null> {
    const read = await readTextFile(this.file, MAX_BYTES).catch(() => ({ kind: 'missing' as const }));
    if (read.kind !== 'text') return null;
    const json = parseStrictJson(read.text, 'The workbench layout');
    if (!json.ok) return null;
    const parsed = WorkbenchLayoutSchema.safeParse(json.value);
    return parsed.success ? parsed.data : null;
  }

  /** Writes the layout after any write already under way, so the last one asked for is the one kept. */
  save(layout: WorkbenchLayout): Promise<void> {
    const text = `${JSON.stringify(layout, null, 2)}\n`;
    const run = this.queue.then(() => writeDurably(this.file, text));
    this.queue = run.catch(() => {});
    return run;
  }
}

/** The workbench area of the API. */
export function workbenchHandlers(layout: WorkbenchLayoutFile) {
  return {
    getWorkbenchLayout: async () => layout.read(),
    saveWorkbenchLayout: (_ctx, next) => layout.save(next),
  } satisfies AreaHandlers<keyof typeof WORKBENCH_METHODS>;
}
