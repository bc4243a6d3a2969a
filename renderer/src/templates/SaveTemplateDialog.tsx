import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/document/limits';
import { ModalDialog } from '../ui/ModalDialog';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';

interface SaveTemplateDialogProps {
  exerciseTitle: string;
  onSave(name: string): Promise<void>;
  onClose(): void;
}

/** "Save exercise as template": asks for the template's name; the rest comes from the exercise. */
export function SaveTemplateDialog({ exerciseTitle, onSave, onClose }: SaveTemplateDialogProps) {
  const [name, setName] = useState(`${exerciseTitle} (ours)`.slice(0, LIMITS.prompt));
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const problem =
      trimmed === ''
        ? 'Enter a name for the template.'
        : trimmed.length > LIMITS.prompt
          ? `Keep the name to ${LIMITS.prompt} characters or fewer.`
          : undefined;
    setError(problem);
    if (problem) return event.currentTarget.querySelector<HTMLElement>('[name="templateName"]')?.focus();
    setBusy(true);
    setFailure(null);
    try {
      await onSave(trimmed);
    } catch (err) {
      setFailure(`The template was not saved: ${(err as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      title="Save exercise as template"
      subtitle={`From “${exerciseTitle}”: its prompt, zones, reference cards and voting.`}
      onClose={onClose}
    >
      <form className="form" noValidate onSubmit={submit}>
        <FormField
          label="Template name"
          name="templateName"
          required
          value={name}
          error={error}
          onChange={setName}
          hint="As it will appear under “Your templates” in Add exercise."
          autoFocus
        />
        <FormActions failure={failure} submitLabel="Save template" submitDisabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
