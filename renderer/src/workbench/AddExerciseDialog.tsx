import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { ExerciseTemplate } from '../../../shared/templates/schema';
import { ModalDialog } from './ModalDialog';
import { FormActions } from './FormActions';

interface AddExerciseDialogProps {
  api: RoundtableApi;
  sessionName: string;
  onAdd(template: ExerciseTemplate): Promise<void>;
  onClose(): void;
}

/** Lists the exercise templates (with where each comes from in the decks) and adds the chosen one. */
export function AddExerciseDialog({ api, sessionName, onAdd, onClose }: AddExerciseDialogProps) {
  const [templates, setTemplates] = useState<ExerciseTemplate[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.listTemplates().then(
      (list) => {
        if (!live) return;
        setTemplates(list);
        setChosen(list[0]?.id ?? null);
      },
      (error: Error) => live && setFailure(`The exercise templates could not be loaded: ${error.message}`),
    );
    return () => void (live = false);
  }, [api]);

  // The list arrives after the dialog opened, so focus moves to it then rather than staying on Cancel.
  const focusWhenListed = useCallback((radio: HTMLInputElement | null) => radio?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const template = templates?.find((t) => t.id === chosen);
    if (!template) return setFailure('Choose an exercise first.');
    setBusy(true);
    try {
      await onAdd(template);
    } catch (error) {
      setFailure(`The exercise was not added: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="Add exercise" subtitle={`To “${sessionName}”.`} onClose={onClose} className="modal-wide">
      <form className="form" onSubmit={submit}>
        {templates === null && !failure && <p className="modal-text">Loading the exercises…</p>}
        {templates?.length === 0 && <p className="modal-text">No exercise templates are installed.</p>}
        {templates && templates.length > 0 && (
          <fieldset className="template-list">
            <legend className="visually-hidden">Exercise</legend>
            {templates.map((template, index) => (
              <label key={template.id} className="template-option">
                <input
                  type="radio"
                  name="template"
                  value={template.id}
                  checked={chosen === template.id}
                  onChange={() => setChosen(template.id)}
                  aria-labelledby={`template-${index}-title`}
                  aria-describedby={`template-${index}-details`}
                  ref={index === 0 ? focusWhenListed : undefined}
                />
                <span className="template-text">
                  <span id={`template-${index}-title`} className="template-title">{template.title}</span>
                  <span id={`template-${index}-details`} className="template-details">
                    <span className="template-prompt">{template.prompt}</span>
                    <span className="template-source">
                      From {template.source.decks.map((d) => `“${d.title}”`).join(' and ')}
                      {template.source.slideTitle !== template.title && `, slide “${template.source.slideTitle}”`}
                    </span>
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <FormActions failure={failure} submitLabel="Add" submitDisabled={busy || !chosen} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
