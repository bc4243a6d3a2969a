interface FormActionsProps {
  /** Why the last attempt failed, in words, or null. */
  failure: string | null;
  /** The dialog's own action; none for a dialog that only closes. */
  submitLabel?: string;
  submitDisabled?: boolean;
  /** A destructive action (Delete) is drawn as one. */
  submitTone?: 'primary' | 'danger';
  /** Runs the action from its button; without it the button submits the form. */
  onSubmit?(): void;
  /** "Cancel" unless said ("Close" where nothing is undone by leaving). */
  cancelLabel?: string;
  /** Focus starts on Cancel (a dialog whose action cannot be undone). */
  cancelAutofocus?: boolean;
  onCancel(): void;
}

/** The foot of every dialog form: the reason the last attempt failed, then Cancel and the form's own action. */
export function FormActions({
  failure,
  submitLabel,
  submitDisabled,
  submitTone = 'primary',
  onSubmit,
  cancelLabel = 'Cancel',
  cancelAutofocus,
  onCancel,
}: FormActionsProps) {
  return (
    <>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus={cancelAutofocus || undefined}>
          {cancelLabel}
        </button>
        {submitLabel && (
          <button
            type={onSubmit ? 'button' : 'submit'}
            className={`button button-${submitTone}`}
            disabled={submitDisabled}
            onClick={onSubmit}
          >
            {submitLabel}
          </button>
        )}
      </div>
    </>
  );
}
