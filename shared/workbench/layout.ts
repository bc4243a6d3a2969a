import type { BoardId, SessionId } from '../ids';
import type { EditorViewName, WorkbenchLayout } from './layoutSchema';

// What a workbench layout is made from and restored to, in plain TypeScript (the renderer loads it
// at start); the layout's schema, which checks a remembered layout file, is in layoutSchema.ts.

export type { EditorViewName, WorkbenchLayout };

/** At most this many tabs and expanded sessions are remembered: more than anyone keeps open. */
export const LAYOUT_LIMITS = { tabs: 100, expanded: 200 } as const;

/** The parts of the workbench's state a layout is made from (the renderer's WorkbenchState has these and more). */
export interface LayoutSource {
  tabs: readonly { sessionId: SessionId; boardId: BoardId }[];
  activeBoardId: BoardId | null;
  views: Readonly<Record<BoardId, EditorViewName>>;
  expanded: ReadonlySet<SessionId>;
  selectedSessionId: SessionId | null;
  sideBarVisible: boolean;
  sideBarView: 'sessions' | 'agenda';
}

/** The layout to remember for a workbench state: only the views of boards that have a tab, within the limits. */
export function layoutOf(state: LayoutSource): WorkbenchLayout {
  const tabs = state.tabs.slice(0, LAYOUT_LIMITS.tabs).map((t) => ({ sessionId: t.sessionId, boardId: t.boardId }));
  const views: Record<BoardId, EditorViewName> = {};
  for (const tab of tabs) {
    const view = state.views[tab.boardId];
    if (view && view !== 'board') views[tab.boardId] = view;
  }
  return {
    type: 'roundtable.workbenchLayout',
    version: 1,
    tabs,
    activeBoardId: tabs.some((t) => t.boardId === state.activeBoardId) ? state.activeBoardId : null,
    views,
    expanded: [...state.expanded].slice(0, LAYOUT_LIMITS.expanded),
    selectedSessionId: state.selectedSessionId,
    sideBarVisible: state.sideBarVisible,
    sideBarView: state.sideBarView,
  };
}

/** Whether two layouts say the same (so an unchanged workbench is not written again). */
export function sameLayout(a: WorkbenchLayout | null, b: WorkbenchLayout | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A remembered layout against what is there now: tabs of sessions or boards that are gone
 * are dropped (and the active tab moves to the first left), as are expanded or selected
 * sessions that no longer exist. `boardsOf` gives the boards of a session that could be
 * opened, or null when it could not.
 */
export function restorableLayout(
  layout: WorkbenchLayout,
  boardsOf: (sessionId: SessionId) => ReadonlySet<BoardId> | null,
  sessionExists: (sessionId: SessionId) => boolean,
): WorkbenchLayout {
  const seen = new Set<BoardId>();
  const tabs = layout.tabs.filter((t) => {
    if (seen.has(t.boardId) || !boardsOf(t.sessionId)?.has(t.boardId)) return false;
    seen.add(t.boardId);
    return true;
  });
  const active = tabs.some((t) => t.boardId === layout.activeBoardId)
    ? layout.activeBoardId
    : (tabs[0]?.boardId ?? null);
  const views: Record<BoardId, EditorViewName> = {};
  for (const [boardId, view] of Object.entries(layout.views) as [BoardId, EditorViewName][])
    if (seen.has(boardId)) views[boardId] = view;
  const selected =
    layout.selectedSessionId && sessionExists(layout.selectedSessionId) ? layout.selectedSessionId : null;
  return {
    ...layout,
    tabs,
    activeBoardId: active,
    views,
    expanded: [...new Set(layout.expanded)].filter(sessionExists),
    selectedSessionId: selected,
  };
}
