import { createElement, lazy, type ComponentType } from 'react';

/**
 * Every dialog the workbench can show, by kind, declared by the feature that owns it:
 * `declare module '../dialogs/dialogRegistry' { interface DialogRequests { suggestClusters: {…} } }`.
 * Each entry is the request that opens it (its `kind` and what the dialog needs).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DialogRequests {}

export type DialogKind = keyof DialogRequests & string;

/** The one dialog a window shows at a time (see Workbench.showDialog). */
export type DialogRequest = DialogRequests[DialogKind];

export interface DialogHostProps<Request> {
  dialog: Request;
  onClose(): void;
}

/** What a feature contributes: the kinds it shows, and the component that shows them. */
export interface DialogContribution {
  kinds: readonly DialogKind[];
  Host: ComponentType<DialogHostProps<never>>;
  /** For dialogs loaded on demand (lazyDialogsOf): loads the module's own contribution. */
  load?: () => Promise<DialogContribution>;
  /** For dialogs loaded on demand: loads them now, so the first opening does not wait. */
  preload?: () => Promise<void>;
}

/** A feature's dialogs: `Host` gets only requests of the kinds listed. */
export function dialogsOf<K extends DialogKind>(
  kinds: readonly K[],
  Host: ComponentType<DialogHostProps<DialogRequests[K]>>,
): DialogContribution {
  return { kinds, Host: Host as ComponentType<DialogHostProps<never>> };
}

/**
 * A feature's dialogs, loaded the first time one of them opens: the window's first paint does
 * not wait for code that only a dialog runs. `load` resolves with the contribution of the
 * module it imports, whose kinds must be those listed here (a mismatch says so when it loads).
 */
export function lazyDialogsOf<K extends DialogKind>(
  kinds: readonly K[],
  load: () => Promise<DialogContribution>,
): DialogContribution {
  let loaded: Promise<DialogContribution['Host']> | null = null;
  let ready: DialogContribution['Host'] | null = null;
  const loadChecked = () =>
    (loaded ??= load().then(
      (contribution) => {
        const missing = kinds.filter((kind) => !contribution.kinds.includes(kind));
        const extra = contribution.kinds.filter((kind) => !(kinds as readonly DialogKind[]).includes(kind));
        if (missing.length > 0 || extra.length > 0)
          throw new Error(
            `The dialogs loaded do not match those declared (missing ${missing.join(', ') || 'none'}; not declared ${extra.join(', ') || 'none'}).`,
          );
        ready = contribution.Host;
        return ready;
      },
      (error: unknown) => {
        loaded = null; // tried again when the dialog next opens
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    const Loaded = await loadChecked();
    return { default: (props: DialogHostProps<never>) => createElement(Loaded, props) };
  });
  // Once preloaded (DialogRegistry.preload, soon after the first paint), a dialog opens at once:
  // keys typed straight after its shortcut reach it rather than a loading placeholder.
  const Host = (props: DialogHostProps<never>) => createElement(ready ?? Lazy, props);
  return {
    kinds,
    Host,
    load,
    preload: () => loadChecked().then(() => undefined),
  };
}

/** The dialogs of one window, by kind; a kind contributed twice is a mistake, and says so. */
export class DialogRegistry {
  private readonly hosts = new Map<DialogKind, DialogContribution['Host']>();

  constructor(private readonly contributions: readonly DialogContribution[]) {
    for (const { kinds, Host } of contributions) {
      for (const kind of kinds) {
        if (this.hosts.has(kind)) throw new Error(`The dialog ${kind} is contributed twice.`);
        this.hosts.set(kind, Host);
      }
    }
  }

  /** The component that shows dialogs of this kind. */
  hostOf(kind: DialogKind): ComponentType<DialogHostProps<DialogRequest>> | undefined {
    return this.hosts.get(kind) as ComponentType<DialogHostProps<DialogRequest>> | undefined;
  }

  /** Loads every dialog loaded on demand (called once the window has painted). */
  async preload(): Promise<void> {
    await Promise.all(this.contributions.map((c) => c.preload?.()));
  }

  kinds(): DialogKind[] {
    return [...this.hosts.keys()];
  }
}
