import { useState, type FormEvent } from 'react';
import { EventDetailsSchema, type EventDetails } from '../../../shared/document/schema';
import { SHIFTS, type ShiftCode } from '../../../shared/document/taxonomy';
import { LIMITS } from '../../../shared/document/limits';
import { ModalDialog } from '../ui/ModalDialog';
import { FormField } from '../ui/FormField';
import { FormActions } from '../ui/FormActions';

type Field = 'name' | 'date' | 'location' | 'facilitator';
type Errors = Partial<Record<Field, string>>;

interface NewSessionDialogProps {
  onCreate(event: EventDetails): Promise<void>;
  onClose(): void;
}

function validate(event: EventDetails): Errors {
  const errors: Errors = {};
  if (event.name.trim() === '') errors.name = 'Enter the event’s name, for example “Leeds community staff event”.';
  else if (event.name.length > LIMITS.label)
    errors.name = `Keep the event name to ${LIMITS.label} characters or fewer.`;
  if (event.date !== '' && !EventDetailsSchema.shape.date.safeParse(event.date).success) {
    errors.date = 'Enter a real date, or leave the date empty.';
  }
  for (const field of ['location', 'facilitator'] as const) {
    if (event[field].length > LIMITS.label) errors[field] = `Keep this to ${LIMITS.label} characters or fewer.`;
  }
  return errors;
}

/** Asks for an event's details and creates its session. */
export function NewSessionDialog({ onCreate, onClose }: NewSessionDialogProps) {
  const [event, setEvent] = useState<EventDetails>({ name: '', date: '', location: '', facilitator: '', shift: null });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (field: Field) => (value: string) => setEvent((e) => ({ ...e, [field]: value }));

  async function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const details = {
      ...event,
      name: event.name.trim(),
      location: event.location.trim(),
      facilitator: event.facilitator.trim(),
    };
    const found = validate(details);
    setErrors(found);
    const firstInvalid = (['name', 'date', 'location', 'facilitator'] as const).find((f) => found[f]);
    if (firstInvalid) {
      formEvent.currentTarget.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onCreate(details);
    } catch (error) {
      setFailure(`The session was not created: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="New session" subtitle="One session holds one event’s exercises and notes." onClose={onClose}>
      <form className="form" noValidate onSubmit={submit}>
        <FormField
          label="Event name"
          name="name"
          required
          value={event.name}
          error={errors.name}
          onChange={change('name')}
          autoFocus
        />
        <FormField
          label="Date"
          name="date"
          type="date"
          value={event.date}
          error={errors.date}
          onChange={change('date')}
        />
        <FormField
          label="Location"
          name="location"
          value={event.location}
          error={errors.location}
          onChange={change('location')}
        />
        <FormField
          label="Facilitator"
          name="facilitator"
          value={event.facilitator}
          error={errors.facilitator}
          onChange={change('facilitator')}
        />
        <div className="field">
          <label htmlFor="new-session-shift">Shift</label>
          <select
            id="new-session-shift"
            name="shift"
            value={event.shift ?? ''}
            onChange={(e) => setEvent((ev) => ({ ...ev, shift: (e.target.value || null) as ShiftCode | null }))}
          >
            <option value="">None</option>
            {SHIFTS.map((shift) => (
              <option key={shift.code} value={shift.code}>
                {shift.label}
              </option>
            ))}
          </select>
        </div>
        <FormActions failure={failure} submitLabel="Create session" submitDisabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
