import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/document/limits';
import type { Table, TableMix } from '../../../shared/document/schema';
import { SECTORS, STAFF_GROUPS } from '../../../shared/document/taxonomy';
import { ModalDialog } from '../ui/ModalDialog';
import { FormField } from '../ui/FormField';
import { FormActions } from '../ui/FormActions';

export interface TableDetails {
  name: string;
  participantCount: number | null;
  mix: TableMix;
}

interface TableDialogProps {
  /** The table to edit, or null to add one. */
  table: Table | null;
  /** The name a new table is offered, e.g. "Table 3". */
  suggestedName: string;
  /** False for the session's only table, which cannot be removed. */
  canRemove: boolean;
  /** The names of the session's other tables: a name may be used once. */
  takenNames: string[];
  onSave(details: TableDetails): void;
  onRemove(): void;
  onClose(): void;
}

type Counts = Record<string, string>;

const asText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

function countsOf(record: Partial<Record<string, number>>): Counts {
  return Object.fromEntries(Object.entries(record).map(([code, n]) => [code, asText(n)]));
}

/** Reads a count field: null when empty, a number when it is a whole number in range, else undefined (an error). */
function parseCount(text: string, max: number): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= max ? n : undefined;
}

/**
 * Adds or edits a table: its name, how many sit at it and, if the facilitator knows it,
 * their mix of staff groups and sectors (counts, never names). Synthesis reports input
 * by these, so they are optional but worth a minute at the start.
 */
export function TableDialog({
  table,
  suggestedName,
  canRemove,
  takenNames,
  onSave,
  onRemove,
  onClose,
}: TableDialogProps) {
  const [name, setName] = useState(table?.name ?? suggestedName);
  const [participants, setParticipants] = useState(asText(table?.participantCount));
  const [groups, setGroups] = useState<Counts>(countsOf(table?.mix.staffGroups ?? {}));
  const [sectors, setSectors] = useState<Counts>(countsOf(table?.mix.sectors ?? {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const hasMix = Object.keys(table?.mix.staffGroups ?? {}).length + Object.keys(table?.mix.sectors ?? {}).length > 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const trimmed = name.trim();
    if (trimmed === '') found.name = 'Enter the table’s name, e.g. “Table 3” or “Blue table”.';
    else if (trimmed.length > LIMITS.label) found.name = `Keep the name to ${LIMITS.label} characters or fewer.`;
    else if (takenNames.some((n) => n.trim().toLowerCase() === trimmed.toLowerCase()))
      found.name = `There is a table called “${trimmed}” already. Give this one another name, e.g. “${suggestedName}”.`;
    const participantCount = parseCount(participants, 500);
    if (participantCount === undefined) found.participants = 'Enter a whole number from 0 to 500, or leave it empty.';
    const read = (counts: Counts, prefix: string) => {
      const out: Partial<Record<string, number>> = {};
      for (const [code, text] of Object.entries(counts)) {
        const n = parseCount(text, 10_000);
        if (n === undefined) found[`${prefix}${code}`] = 'Enter a whole number, or leave it empty.';
        else if (n !== null) out[code] = n;
      }
      return out;
    };
    const mix = { staffGroups: read(groups, 'group:'), sectors: read(sectors, 'sector:') } as TableMix;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSave({ name: trimmed, participantCount: participantCount ?? null, mix });
  }

  return (
    <ModalDialog
      title={table ? 'Edit table' : 'Add table'}
      subtitle={
        table
          ? `“${table.name}”: its boards keep their notes.`
          : 'The new table gets its own board of every exercise, laid out the same.'
      }
      onClose={onClose}
    >
      <form className="form" noValidate onSubmit={submit}>
        <FormField
          label="Table name"
          name="name"
          required
          value={name}
          error={errors.name}
          onChange={setName}
          autoFocus
        />
        <FormField
          label="Participants"
          name="participants"
          type="number"
          min={0}
          max={500}
          value={participants}
          error={errors.participants}
          onChange={setParticipants}
          hint="How many sit at this table (optional)."
        />
        <details className="mix-details" open={hasMix || Object.keys(errors).some((k) => k.includes(':'))}>
          <summary>Staff groups and sectors at this table (optional)</summary>
          <MixFieldset
            legend="Staff groups"
            items={STAFF_GROUPS}
            prefix="group:"
            counts={groups}
            errors={errors}
            onChange={setGroups}
          />
          <MixFieldset
            legend="Sectors"
            items={SECTORS}
            prefix="sector:"
            counts={sectors}
            errors={errors}
            onChange={setSectors}
          />
        </details>
        {table && (
          <button
            type="button"
            className="button button-danger form-side-action"
            disabled={!canRemove}
            onClick={onRemove}
            title={canRemove ? undefined : 'A session needs at least one table.'}
          >
            Remove table
          </button>
        )}
        <FormActions failure={null} submitLabel={table ? 'Save' : 'Add table'} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}

interface MixFieldsetProps {
  legend: string;
  items: readonly { code: string; label: string }[];
  prefix: string;
  counts: Counts;
  errors: Record<string, string>;
  onChange(counts: Counts): void;
}

function MixFieldset({ legend, items, prefix, counts, errors, onChange }: MixFieldsetProps) {
  return (
    <fieldset className="mix-fieldset">
      <legend>{legend}</legend>
      <div className="mix-grid">
        {items.map((item) => (
          <FormField
            key={item.code}
            label={item.label}
            name={`${prefix}${item.code}`}
            type="number"
            min={0}
            value={counts[item.code] ?? ''}
            error={errors[`${prefix}${item.code}`]}
            onChange={(value) => onChange({ ...counts, [item.code]: value })}
          />
        ))}
      </div>
    </fieldset>
  );
}
