import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/document/limits';
import { ModalDialog } from '../ui/ModalDialog';
import { FormField } from '../ui/FormField';
import { FormActions } from '../ui/FormActions';

interface RenameSessionDialogProps {
  currentName: string;
  onRename(name: string): Promise<void>;
  onClose(): void;
}

/** Changes the event name a session is listed under. */
export function RenameSessionDialog({ currentName, onRename, onClose }: RenameSessionDialogProps) {
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError('Enter the event’s name.');
    if (trimmed.length > LIMITS.label) return setError(`Keep the event name to ${LIMITS.label} characters or fewer.`);
    if (trimmed === currentName) return onClose();
    try {
      await onRename(trimmed);
    } catch (failed) {
      setFailure(`The session was not renamed: ${(failed as Error).message}`);
    }
  }

  return (
    <ModalDialog title="Rename session" subtitle={`Currently “${currentName}”.`} onClose={onClose}>
      <form className="form" noValidate onSubmit={submit}>
        <FormField label="Event name" name="name" required value={name} error={error} onChange={setName} autoFocus />
        <FormActions failure={failure} submitLabel="Rename" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
