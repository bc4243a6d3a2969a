import type { SaveStatus } from '../../../shared/api/contract';

export interface AutosaverOptions {
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** Longest a change may wait while changes keep coming. */
  maxDelayMs: number;
  /** Wait before trying again after a failed save. */
  retryMs: number;
}

// At most 750 ms after the first unsaved change, so that with a write's own time (and one
// already running) a change is on disk within a second: the kill test checks exactly that.
export const DEFAULT_AUTOSAVE: AutosaverOptions = { delayMs: 250, maxDelayMs: 750, retryMs: 2_000 };

/**
 * Coalesces a stream of changes into few saves: a save runs once changes pause for
 * `delayMs`, and at the latest `maxDelayMs` after the first unsaved change, so the file is
 * never more than about a second behind. One save at a time; a failed save keeps the
 * changes in memory, reports the error and retries.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstUnsavedAt: number | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;
  /** Counts changes; a save covers every change counted before it started. */
  private changes = 0;
  private savedThrough = 0;
  private waiters: { through: number; resolve: () => void }[] = [];

  constructor(
    private readonly save: () => Promise<void>,
    private readonly report: (status: SaveStatus, message: string | null) => void,
    private readonly options: AutosaverOptions = DEFAULT_AUTOSAVE,
  ) {}

  /** Notes that there is a change to save. */
  changed(): void {
    this.dirty = true;
    this.changes++;
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.options.delayMs, this.firstUnsavedAt + this.options.maxDelayMs - now));
    this.timer = setTimeout(() => void this.run(), wait);
    this.report('saving', null);
  }

  /** Saves now if anything is unsaved; resolves when the file holds every change made so far. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) await this.running;
    if (this.dirty) await this.run();
  }

  /**
   * Resolves once every change made so far is on disk, by the saves that would run anyway (it
   * never hurries one), so a room can tell a phone its note survives a crash.
   */
  whenSaved(): Promise<void> {
    if (this.savedThrough >= this.changes) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ through: this.changes, resolve }));
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  private run(): Promise<void> {
    if (this.running) return this.running.then(() => (this.dirty ? this.run() : undefined));
    this.timer = null;
    this.dirty = false;
    this.firstUnsavedAt = null;
    const through = this.changes;
    this.running = this.save().then(
      () => {
        this.running = null;
        this.savedThrough = through;
        const done = this.waiters.filter((w) => w.through <= through);
        this.waiters = this.waiters.filter((w) => w.through > through);
        done.forEach((w) => w.resolve());
        if (!this.dirty) this.report('saved', null);
      },
      (error: Error) => {
        this.running = null;
        this.dirty = true;
        this.report('error', `${error.message}. Your changes are kept and Roundtable will try again in a moment.`);
        this.timer = setTimeout(() => void this.run(), this.options.retryMs);
      },
    );
    return this.running;
  }
}
