import { useState } from 'react';
import { FormActions } from '../ui/FormActions';
import { ModalDialog } from '../ui/ModalDialog';

/** Confirms deleting a synthesis project, naming it, with the safe choice focused first. */
export function DeleteProjectDialog({
  projectName,
  onDelete,
  onClose,
}: {
  projectName: string;
  onDelete(): Promise<void>;
  onClose(): void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onDelete();
    } catch (error) {
      setFailure(`The project was not deleted: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={`Delete project “${projectName}”?`} onClose={onClose}>
      <p className="modal-text">
        It leaves the projects list, with its review and audit log. Roundtable keeps its file in the “deleted” folder of
        its data folder, so it can be recovered by hand.
      </p>
      <FormActions
        failure={failure}
        submitLabel="Delete project"
        submitTone="danger"
        submitDisabled={busy}
        onSubmit={confirm}
        cancelAutofocus
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
