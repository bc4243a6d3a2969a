import { useId } from 'react';

interface FormFieldProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'number';
  /** For numbers: the smallest and largest allowed. */
  min?: number;
  max?: number;
  required?: boolean;
  /** What is wrong with the value, in words; shown under the field and read with it. */
  error?: string;
  hint?: string;
  autoFocus?: boolean;
}

/** A labelled text input with its hint and its error message tied to it for screen readers. */
export function FormField({
  label,
  name,
  value,
  onChange,
  type = 'text',
  required,
  error,
  hint,
  autoFocus,
  min,
  max,
}: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' '}
            (required)
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        min={min}
        max={max}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-autofocus={autoFocus || undefined}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
