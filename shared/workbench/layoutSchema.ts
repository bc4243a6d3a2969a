import { z } from 'zod';
import { BoardIdSchema, SessionIdSchema } from '../idSchemas';
import { LAYOUT_LIMITS } from './layout';

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
