import type { RoundtableApi } from '../../../shared/api/contract';
import type { BoardId, SessionId } from '../../../shared/ids';
import { layoutOf, restorableLayout, sameLayout, type WorkbenchLayout } from '../../../shared/workbench/layout';
import type { WorkbenchState } from './workbenchTabs';

/** How long the layout waits after a change before it is written, so a burst of changes is one write. */
const SAVE_DELAY_MS = 250;

/** What the memory needs of the workbench: its state, opening a session, and putting a layout in place. */
export interface RememberingWorkbench {
  readonly api: RoundtableApi;
  getState(): WorkbenchState;
  subscribe(listener: () => void): () => void;
  refreshSessions(): Promise<void>;
  openSession(id: SessionId): Promise<{ getView(): { doc: { boards: Record<BoardId, unknown> } } } | null>;
  applyLayout(layout: WorkbenchLayout): void;
}

/**
 * The workbench remembers, per data folder, as VS Code does: on start it reopens the tabs,
 * the board that was showing, each board's view, the expanded sessions and the side bar
 * (skipping what has since gone), and from then on writes the layout to the data folder a
 * moment after it changes, and as the page goes away. Returns the function that stops it.
 */
export function rememberLayout(workbench: RememberingWorkbench): () => void {
  let stopped = false;
  let saved: WorkbenchLayout | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void) | null = null;

  const save = () => {
    timer = null;
    const layout = layoutOf(workbench.getState());
    if (sameLayout(layout, saved)) return;
    saved = layout;
    // A layout that cannot be written is only a convenience lost: the next change tries again.
    workbench.api.saveWorkbenchLayout(layout).catch(() => (saved = null));
  };
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    save();
  };

  void (async () => {
    const layout = await workbench.api.getWorkbenchLayout().catch(() => null);
    if (stopped) return;
    if (layout) await restore(workbench, layout);
    if (stopped) return;
    saved = layout && layoutOf(workbench.getState());
    unsubscribe = workbench.subscribe(() => {
      if (timer === null && !sameLayout(layoutOf(workbench.getState()), saved)) timer = setTimeout(save, SAVE_DELAY_MS);
    });
    save();
  })();
  // The page is going (a reload, the window closing): what is pending is sent now. (No window in unit tests.)
  globalThis.addEventListener?.('pagehide', flush);

  return () => {
    stopped = true;
    flush();
    unsubscribe?.();
    globalThis.removeEventListener?.('pagehide', flush);
  };
}

async function restore(workbench: RememberingWorkbench, layout: WorkbenchLayout): Promise<void> {
  if (workbench.getState().sessions === null) await workbench.refreshSessions();
  const known = new Set((workbench.getState().sessions ?? []).map((s) => s.id));
  const wanted = [...new Set([...layout.tabs.map((t) => t.sessionId), ...layout.expanded])].filter((id) =>
    known.has(id),
  );
  const boards = new Map<SessionId, ReadonlySet<BoardId>>();
  await Promise.all(
    wanted.map(async (id) => {
      const session = await workbench.openSession(id);
      if (session) boards.set(id, new Set(Object.keys(session.getView().doc.boards) as BoardId[]));
    }),
  );
  // Whatever the user opened meanwhile wins over what is remembered.
  if (workbench.getState().tabs.length > 0) return;
  workbench.applyLayout(
    restorableLayout(
      layout,
      (id) => boards.get(id) ?? null,
      (id) => known.has(id),
    ),
  );
}
