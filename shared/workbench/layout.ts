import { z } from 'zod';
import { BoardIdSchema, SessionIdSchema, type BoardId, type SessionId } from '../ids';

/** At most this many tabs and expanded sessions are remembered: more than anyone keeps open. */
export const LAYOUT_LIMITS = { tabs: 100, expanded: 200 } as const;

const EditorViewSchema = z.enum(['board', 'list', 'tables']);

/**
 * What the workbench looked like when it was last used on a data folder, as VS Code keeps
 * a workspace's: the open board tabs (and which was showing), how each board was shown,
 * the sessions expanded in the explorer and the side bar. Nothing from inside a session.
 */
export const WorkbenchLayoutSchema = z.strictObject({
  type: z.literal('roundtable.workbenchLayout'),
  version: z.literal(1),
  tabs: z.array(z.strictObject({ sessionId: SessionIdSchema, boardId: BoardIdSchema })).max(LAYOUT_LIMITS.tabs),
  activeBoardId: BoardIdSchema.nullable(),
  views: z.record(BoardIdSchema, EditorViewSchema),
  expanded: z.array(SessionIdSchema).max(LAYOUT_LIMITS.expanded),
  selectedSessionId: SessionIdSchema.nullable(),
  sideBarVisible: z.boolean(),
  sideBarView: z.enum(['sessions', 'agenda']),
});

export type WorkbenchLayout = z.infer<typeof WorkbenchLayoutSchema>;

export type EditorViewName = z.infer<typeof EditorViewSchema>;

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
