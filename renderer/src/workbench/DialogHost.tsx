import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { DIALOGS } from './dialogSet';

/** Shows the window's current dialog, if any, with the host its feature contributed (workbench/dialogSet.ts). */
export function DialogHost() {
  const workbench = useWorkbench();
  const dialog = useWorkbenchState((s) => s.dialog);
  const Host = dialog ? DIALOGS.hostOf(dialog.kind) : undefined;
  return dialog && Host ? <Host dialog={dialog} onClose={() => workbench.showDialog(null)} /> : null;
}
