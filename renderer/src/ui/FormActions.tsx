interface FormActionsProps {
  /** Why the last attempt failed, in words, or null. */
  failure: string | null;
  submitLabel: string;
  submitDisabled?: boolean;
  onCancel(): void;
}

/** The foot of every dialog form: the reason the last attempt failed, then Cancel and the form's own action. */
export function FormActions({ failure, submitLabel, submitDisabled, onCancel }: FormActionsProps) {
  return (
    <>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
