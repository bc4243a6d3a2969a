import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardId, SessionId } from '../../../shared/ids';
import { LAYOUT_LIMITS, layoutOf, restorableLayout, type WorkbenchLayout } from '../../../shared/workbench/layout';
import { WorkbenchLayoutSchema } from '../../../shared/workbench/layoutSchema';

const session = fc.integer({ min: 0, max: 4 }).map((n) => `session:s${n}` as SessionId);
const board = fc.integer({ min: 0, max: 9 }).map((n) => `board:b${n}` as BoardId);
const view = fc.constantFrom('board' as const, 'list' as const, 'tables' as const);

const layouts: fc.Arbitrary<WorkbenchLayout> = fc.record({
  type: fc.constant('roundtable.workbenchLayout' as const),
  version: fc.constant(1 as const),
  tabs: fc.array(fc.record({ sessionId: session, boardId: board }), { maxLength: 12 }),
  activeBoardId: fc.option(board, { nil: null }),
  views: fc.dictionary(board, view, { maxKeys: 6 }) as fc.Arbitrary<Record<BoardId, 'board' | 'list' | 'tables'>>,
  expanded: fc.array(session, { maxLength: 6 }),
  selectedSessionId: fc.option(session, { nil: null }),
  sideBarVisible: fc.boolean(),
  sideBarView: fc.constantFrom('sessions' as const, 'agenda' as const),
});

/** What is on disk now: some sessions, each with some of the boards. */
const folders = fc.dictionary(
  session,
  fc.uniqueArray(board, { maxLength: 10 }).map((b) => new Set(b)),
  { maxKeys: 5 },
);

describe('a remembered layout restored against what is there now', () => {
  it('never names a session or board that is gone, keeps tabs unique and in order, and shows one of its tabs', () => {
    fc.assert(
      fc.property(layouts, folders, (layout, folder) => {
        const boardsOf = (id: SessionId) => (folder[id] as ReadonlySet<BoardId> | undefined) ?? null;
        const exists = (id: SessionId) => id in folder;
        const restored = restorableLayout(layout, boardsOf, exists);
        expect(WorkbenchLayoutSchema.safeParse(restored).success).toBe(true);
        for (const tab of restored.tabs) expect(boardsOf(tab.sessionId)?.has(tab.boardId)).toBe(true);
        const ids = restored.tabs.map((t) => t.boardId);
        expect(new Set(ids).size).toBe(ids.length);
        // The kept tabs are the remembered ones that still exist, in the remembered order.
        const expected = layout.tabs.filter((t) => boardsOf(t.sessionId)?.has(t.boardId)).map((t) => t.boardId);
        expect(ids).toEqual([...new Set(expected)]);
        if (ids.length === 0) expect(restored.activeBoardId).toBeNull();
        else expect(ids).toContain(restored.activeBoardId);
        if (layout.activeBoardId && ids.includes(layout.activeBoardId))
          expect(restored.activeBoardId).toBe(layout.activeBoardId);
        for (const boardId of Object.keys(restored.views)) expect(ids).toContain(boardId);
        expect(restored.expanded.every(exists)).toBe(true);
        expect(restored.selectedSessionId === null || exists(restored.selectedSessionId)).toBe(true);
        expect([restored.sideBarVisible, restored.sideBarView]).toEqual([layout.sideBarVisible, layout.sideBarView]);
      }),
    );
  });

  it('is what layoutOf remembers of a workbench state, within the limits, and parses', () => {
    fc.assert(
      fc.property(layouts, (layout) => {
        const remembered = layoutOf({ ...layout, expanded: new Set(layout.expanded) });
        expect(WorkbenchLayoutSchema.safeParse(remembered).success).toBe(true);
        expect(remembered.tabs.length).toBeLessThanOrEqual(LAYOUT_LIMITS.tabs);
        // Only the views of boards with a tab, and only those that are not the default.
        for (const [boardId, v] of Object.entries(remembered.views)) {
          expect(remembered.tabs.map((t) => t.boardId)).toContain(boardId);
          expect(v).not.toBe('board');
        }
      }),
    );
  });
});
