import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';

interface DeleteSessionDialogProps {
  sessionName: string;
  onDelete(): Promise<void>;
  onClose(): void;
}

/** Confirms deleting a session, naming it, with the safe choice focused first. */
export function DeleteSessionDialog({ sessionName, onDelete, onClose }: DeleteSessionDialogProps) {
  return (
    <ConfirmDeleteDialog kind="session" name={sessionName} onDelete={onDelete} onClose={onClose}>
      Its exercises and notes leave the sessions list. Roundtable keeps the file in the “deleted” folder of its data
      folder, so it can be recovered by hand.
    </ConfirmDeleteDialog>
  );
}
