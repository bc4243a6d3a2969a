import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { LibraryTemplate, RoundtableApi } from '../../../shared/api/contract';
import { ModalDialog } from '../ui/ModalDialog';
import { FormActions } from '../ui/FormActions';
import '../templates/templates.css';

interface AddExerciseDialogProps {
  api: RoundtableApi;
  sessionName: string;
  onAdd(template: LibraryTemplate): Promise<void>;
  /** Opens "New custom exercise" in this dialog's place. */
  onCustom(): void;
  onClose(): void;
}

/** Where a template comes from, in words: the deck and slide it cites, or the facilitator. */
function sourceLine(template: LibraryTemplate): string {
  const { decks, slideTitle } = template.source;
  const own = template.origin === 'own' ? 'Your template' : '';
  if (decks.length === 0) return own || 'Made by a facilitator';
  const from = `from ${decks.map((d) => `“${d.title}”`).join(' and ')}${slideTitle && slideTitle !== template.title ? `, slide “${slideTitle}”` : ''}`;
  return own ? `${own}, ${from}` : `F${from.slice(1)}`;
}

/**
 * Lists the exercise templates (with where each comes from in the decks), then the user's
 * own (each of which can be deleted), and adds the chosen one. All one radio group, so the
 * arrow keys go through every template; each Delete button is its own Tab stop.
 */
export function AddExerciseDialog({ api, sessionName, onAdd, onCustom, onClose }: AddExerciseDialogProps) {
  const [templates, setTemplates] = useState<LibraryTemplate[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
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

  // The list arrives after the dialog opened, so focus moves to the Filter then rather than staying
  // on Cancel: typing narrows the list at once, and Enter adds the first exercise that matches.
  // Once only: a filter that changes which radio is first must not pull focus out of the filter.
  const listed = useRef(false);
  const focusWhenListed = useCallback((filterBox: HTMLInputElement | null) => {
    if (!filterBox || listed.current) return;
    listed.current = true;
    filterBox.focus();
  }, []);
  /** Down arrow (or Home or End) from the Filter goes into the list, on the exercise chosen. */
  function intoList(event: KeyboardEvent<HTMLInputElement>) {
    if (!['ArrowDown', 'Home', 'End'].includes(event.key)) return;
    const radios = [...document.querySelectorAll<HTMLInputElement>('.template-list input[type="radio"]')];
    const target =
      event.key === 'End'
        ? radios[radios.length - 1]
        : event.key === 'Home'
          ? radios[0]
          : radios.find((r) => r.checked);
    if (!target) return;
    event.preventDefault();
    target.focus();
    if (!target.checked) target.click();
  }
  const focusConfirm = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);

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

  async function remove(template: LibraryTemplate) {
    try {
      await api.deleteTemplate(template.id);
      const rest = (templates ?? []).filter((t) => t.id !== template.id);
      setTemplates(rest);
      setConfirming(null);
      setFailure(null);
      if (chosen === template.id) setChosen(rest[0]?.id ?? null);
      // Focus goes back to the list, on the template now chosen.
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>('.template-list input[type="radio"]:checked')?.focus(),
      );
    } catch (error) {
      setFailure(`The template was not deleted: ${(error as Error).message}`);
    }
  }

  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (t: LibraryTemplate) =>
    words.every((w) => `${t.id} ${t.title} ${t.prompt}`.toLowerCase().includes(w));
  const shown = templates?.filter(matches) ?? [];
  const shipped = shown.filter((t) => t.origin === 'shipped');
  const own = shown.filter((t) => t.origin === 'own');

  function narrow(text: string) {
    setFilter(text);
    // The chosen template stays chosen while it is shown; otherwise the first one shown is.
    const lower = text.toLowerCase().split(/\s+/).filter(Boolean);
    const visible = (templates ?? []).filter((t) =>
      lower.every((w) => `${t.id} ${t.title} ${t.prompt}`.toLowerCase().includes(w)),
    );
    if (!visible.some((t) => t.id === chosen)) setChosen(visible[0]?.id ?? null);
  }

  function option(template: LibraryTemplate, index: number) {
    return (
      <label key={template.id} className="template-option">
        <input
          type="radio"
          name="template"
          value={template.id}
          checked={chosen === template.id}
          onChange={() => setChosen(template.id)}
          aria-labelledby={`template-${index}-title`}
          aria-describedby={`template-${index}-details`}
        />
        <span className="template-text">
          <span id={`template-${index}-title`} className="template-title">
            {template.title}
          </span>
          <span id={`template-${index}-details`} className="template-details">
            <span className="template-prompt">{template.prompt}</span>
            <span className="template-source">{sourceLine(template)}</span>
          </span>
        </span>
      </label>
    );
  }

  return (
    <ModalDialog title="Add exercise" subtitle={`To “${sessionName}”.`} onClose={onClose} className="modal-wide">
      <form className="form" onSubmit={submit}>
        {templates === null && !failure && <p className="modal-text">Loading the exercises…</p>}
        {templates?.length === 0 && <p className="modal-text">No exercise templates are installed.</p>}
        {templates && templates.length > 0 && (
          <div className="field">
            <label htmlFor="add-exercise-filter">Filter</label>
            <input
              id="add-exercise-filter"
              className="template-filter"
              type="search"
              autoComplete="off"
              aria-describedby="add-exercise-filter-count"
              value={filter}
              ref={focusWhenListed}
              onKeyDown={intoList}
              onChange={(e) => narrow(e.target.value)}
            />
            <p id="add-exercise-filter-count" className="field-hint" role="status">
              {filter.trim() === ''
                ? `${templates.length} exercises. Type to narrow them.`
                : `${shown.length} of ${templates.length} exercises match.`}
            </p>
          </div>
        )}
        {templates && templates.length > 0 && shown.length === 0 && (
          <p className="modal-text">No exercise matches “{filter.trim()}”.</p>
        )}
        {templates && shown.length > 0 && (
          <div className="template-list">
            <fieldset className="template-group">
              <legend className={own.length > 0 ? 'template-group-title' : 'visually-hidden'}>
                Exercises from the decks
              </legend>
              {shipped.map((t, i) => option(t, i))}
              {shipped.length === 0 && <p className="field-hint">None of the decks’ exercises match.</p>}
            </fieldset>
            {own.length > 0 && (
              <fieldset className="template-group">
                <legend className="template-group-title">Your templates</legend>
                {own.map((t, i) => (
                  <div key={t.id} className="template-own">
                    {option(t, shipped.length + i)}
                    {confirming === t.id ? (
                      <div className="template-confirm" role="group" aria-label={`Delete the template “${t.title}”?`}>
                        <span>Delete “{t.title}”? Exercises already added from it stay.</span>
                        <button
                          type="button"
                          className="button button-danger"
                          ref={focusConfirm}
                          onClick={() => void remove(t)}
                        >
                          Delete template
                        </button>
                        <button type="button" className="button" onClick={() => setConfirming(null)}>
                          Keep
                        </button>
                      </div>
                    ) : (
                      <button
                        type="button"
                        className="button template-delete"
                        aria-label={`Delete template “${t.title}”`}
                        onClick={() => setConfirming(t.id)}
                      >
                        Delete
                      </button>
                    )}
                  </div>
                ))}
              </fieldset>
            )}
          </div>
        )}
        <button type="button" className="button template-custom-button" onClick={onCustom}>
          New custom exercise…
        </button>
        <FormActions failure={failure} submitLabel="Add" submitDisabled={busy || !chosen} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
