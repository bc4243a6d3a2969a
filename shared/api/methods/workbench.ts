import { z } from 'zod';
import { WorkbenchLayoutSchema, type WorkbenchLayout } from '../../workbench/layoutSchema';
import { method, nothing, returns } from '../define';

/** The workbench's own layout on this data folder: the tabs, views and explorer state it reopens with. */
export const WORKBENCH_METHODS = {
  /** The layout last saved on this data folder, or null (none yet, or the file could not be read: start afresh). */
  getWorkbenchLayout: method({ args: z.tuple([]), result: returns<WorkbenchLayout | null>() }),
  /** Remembers the layout, replacing the last; written whole or not at all. */
  saveWorkbenchLayout: method({ args: z.tuple([WorkbenchLayoutSchema]), result: nothing }),
};
