import { Suspense } from 'react';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { DIALOGS } from './dialogSet';

/** Shows the window's current dialog, if any, with the host its feature contributed (workbench/dialogSet.ts). */
export function DialogHost() {
  const workbench = useWorkbench();
  const dialog = useWorkbenchState((s) => s.dialog);
  const Host = dialog ? DIALOGS.hostOf(dialog.kind) : undefined;
  // Dialogs load on first use (lazyDialogsOf): for that moment, nothing is shown in their place.
  return dialog && Host ? (
    <Suspense fallback={null}>
      <Host dialog={dialog} onClose={() => workbench.showDialog(null)} />
    </Suspense>
  ) : null;
}
