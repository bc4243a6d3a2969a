import { useState, type ReactNode } from 'react';
import { FormActions } from './FormActions';
import { ModalDialog } from './ModalDialog';

interface ConfirmDeleteDialogProps {
  /** What is deleted, in lower case: "session", "project". */
  kind: string;
  name: string;
  /** What deleting it does, and how it can be recovered. */
  children: ReactNode;
  onDelete(): Promise<void>;
  onClose(): void;
}

/** Confirms deleting something, naming it, with the safe choice focused first; a failure is said in the dialog. */
export function ConfirmDeleteDialog({ kind, name, children, onDelete, onClose }: ConfirmDeleteDialogProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onDelete();
    } catch (error) {
      setFailure(`The ${kind} was not deleted: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={`Delete ${kind} “${name}”?`} onClose={onClose}>
      <p className="modal-text">{children}</p>
      <FormActions
        failure={failure}
        submitLabel={`Delete ${kind}`}
        submitTone="danger"
        submitDisabled={busy}
        onSubmit={confirm}
        cancelAutofocus
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
