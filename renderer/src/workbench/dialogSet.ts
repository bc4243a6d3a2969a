import { DialogRegistry } from '../dialogs/dialogRegistry';
import { FEATURES } from './features';
import { WORKBENCH_DIALOGS } from './workbenchDialogs';

/** Every dialog of the workbench, contributed by the feature that owns it; DialogHost shows the current one. */
export const DIALOGS = new DialogRegistry([
  WORKBENCH_DIALOGS,
  ...FEATURES.flatMap((f) => (f.dialogs ? [f.dialogs] : [])),
]);
