import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';

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
  return (
    <ConfirmDeleteDialog kind="project" name={projectName} onDelete={onDelete} onClose={onClose}>
      It leaves the projects list, with its review and audit log. Roundtable keeps its file in the “deleted” folder of
      its data folder, so it can be recovered by hand.
    </ConfirmDeleteDialog>
  );
}
