import { useId } from 'react';
import { INPUT_SOURCES, SECTORS, STAFF_GROUPS } from '../../../shared/document/taxonomy';

import { MIXED, type MetaDraft } from './noteDetails';

interface NoteMetaFieldsProps {
  draft: MetaDraft;
  onChange(draft: MetaDraft): void;
  /** Which fields to show (transcription mode has no severity). */
  fields?: readonly (keyof MetaDraft)[];
  /** Put focus in the first field when the form opens. */
  autoFocus?: boolean;
  /** A shorter layout, one row, for list rows. */
  compact?: boolean;
  /** Shown but not changeable (a locked board's notes). */
  disabled?: boolean;
}

const SEVERITIES = [1, 2, 3, 4, 5].map((v) => ({
  code: String(v),
  label: `${v}${v === 1 ? ' (a little in the way)' : v === 5 ? ' (completely in the way)' : ''}`,
}));

const FIELDS: Record<
  keyof MetaDraft,
  { label: string; none: string; options: readonly { code: string; label: string }[] }
> = {
  staffGroup: { label: 'Staff group', none: 'Not known', options: STAFF_GROUPS },
  sector: { label: 'Sector', none: 'Not known', options: SECTORS },
  source: { label: 'Source', none: 'Not known', options: INPUT_SOURCES },
  severity: { label: 'Severity', none: 'None', options: SEVERITIES },
};

/**
 * Native selects for a note's details: the browser's type-ahead picks an option by its
 * first letters ("n" Nurse, "am" Ambulance), so a keyboard user sets each in a keystroke or two.
 */
export function NoteMetaFields({
  draft,
  onChange,
  fields = ['staffGroup', 'sector', 'source', 'severity'],
  autoFocus,
  compact,
  disabled,
}: NoteMetaFieldsProps) {
  const id = useId();
  return (
    <div className={compact ? 'meta-fields meta-fields-compact' : 'meta-fields'}>
      {fields.map((key, index) => {
        const field = FIELDS[key];
        return (
          <label key={key} className="meta-field" htmlFor={`${id}-${key}`}>
            <span>{field.label}</span>
            <select
              id={`${id}-${key}`}
              value={draft[key]}
              disabled={disabled}
              data-autofocus={(autoFocus && index === 0) || undefined}
              onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
            >
              {draft[key] === MIXED && <option value={MIXED}>Mixed (leave as is)</option>}
              <option value="">{field.none}</option>
              {field.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}
