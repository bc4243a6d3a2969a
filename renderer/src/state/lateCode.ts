// What acts, loaded after the board's first paint: the operations' behaviours (applying,
// undoing and describing a change) and the features' board actions (grouping, linking, note
// details, voting). A board is drawn without them; they load with the window's commands
// (workbench/commandLoading.ts), or sooner when first asked for. A click or drag made before
// then waits for them and runs once they are there, in the order asked, so nothing the user
// does in the first moments is lost or run out of order. tests/packaging/firstPaint.test.ts
// keeps them out of the first paint.

/** A module loaded after the first paint. */
export interface Late<M> {
  /** The module, once it has loaded; null before. */
  get(): M | null;
  /** Loads it (once); a failed load is tried again when next asked for. */
  load(): Promise<M>;
  /**
   * Runs `act` with the module: at once if all late code asked for so far has loaded,
   * otherwise once it has, after whatever was asked for before it.
   */
  run(act: (module: M) => void): void;
}

const loaders = new Set<() => Promise<unknown>>();
/** What waits for late code to load, in the order asked; run once all of it has. */
let waiting: (() => void)[] = [];
let loading: Promise<void> | null = null;

/** Declares a module that loads after the first paint (`load` is its dynamic import). */
export function late<M>(importer: () => Promise<M>): Late<M> {
  let module: M | null = null;
  let promise: Promise<M> | null = null;
  const load = () =>
    (promise ??= importer().then(
      (m) => (module = m),
      (error: unknown) => {
        promise = null;
        throw error;
      },
    ));
  loaders.add(load);
  return {
    get: () => module,
    load,
    run(act) {
      if (module && !loading && waiting.length === 0) return act(module);
      waiting.push(() => act(module!));
      void loadLateCode();
    },
  };
}

/**
 * Loads all the late code declared so far (a failed load is tried again a second later);
 * what waited for it then runs, in order. Resolves once it has.
 */
export function loadLateCode(): Promise<void> {
  loading ??= new Promise<void>((resolve) => {
    const attempt = (): void => {
      const declared = loaders.size;
      void Promise.all([...loaders].map((load) => load())).then(
        () => {
          // Code declared meanwhile (by a module that loaded on demand) loads too before anything runs.
          if (loaders.size !== declared) return attempt();
          loading = null;
          const ready = waiting;
          waiting = [];
          for (const act of ready) {
            try {
              act();
            } catch (error) {
              console.error(error);
            }
          }
          resolve();
        },
        () => setTimeout(attempt, 1_000),
      );
    };
    attempt();
  });
  return loading;
}
