import { FormActions } from '../ui/FormActions';
import { useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';

interface DeleteSessionDialogProps {
  sessionName: string;
  onDelete(): Promise<void>;
  onClose(): void;
}

/** Confirms deleting a session, naming it, with the safe choice focused first. */
export function DeleteSessionDialog({ sessionName, onDelete, onClose }: DeleteSessionDialogProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onDelete();
    } catch (error) {
      setFailure(`The session was not deleted: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={`Delete session “${sessionName}”?`} onClose={onClose}>
      <p className="modal-text">
        Its exercises and notes leave the sessions list. Roundtable keeps the file in the “deleted” folder of its data
        folder, so it can be recovered by hand.
      </p>
      <FormActions
        failure={failure}
        submitLabel="Delete session"
        submitTone="danger"
        submitDisabled={busy}
        onSubmit={confirm}
        cancelAutofocus
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
