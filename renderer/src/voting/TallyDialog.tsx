import { useId, useState, type FormEvent } from 'react';
import type { VotingSettings } from '../../../shared/document/schema';
import { zonesOfBoard } from '../../../shared/document/geometry';
import type { BoardId, NoteId, ZoneId } from '../../../shared/ids';
import { replaceTypedCounts, typedCounts, type TypedCounts } from '../../../shared/voting/typedCounts';
import { announce } from '../a11y/announcer';
import type { OpenSession } from '../state/openSession';
import { FormActions } from '../ui/FormActions';
import { ModalDialog } from '../ui/ModalDialog';
import { noteLabel } from './VotingResults';

interface TallyDialogProps {
  session: OpenSession;
  boardId: BoardId;
  settings: VotingSettings;
  onClose(): void;
}

type Fields = Record<string, string>;
const MAX = 10_000;

/** The form's fields, keyed `dot:<note>`, `rating:<zone>:<value>`, `stance:<phase>:<option>`, from the typed counts. */
function fieldsOf(counts: TypedCounts): Fields {
  const fields: Fields = {};
  for (const [noteId, n] of Object.entries(counts.dots)) if (n) fields[`dot:${noteId}`] = String(n);
  for (const [zoneId, row] of Object.entries(counts.ratings))
    row?.forEach((n, i) => n && (fields[`rating:${zoneId}:${i + 1}`] = String(n)));
  for (const phase of ['before', 'after'] as const)
    for (const [o, n] of Object.entries(counts.stances[phase])) if (n) fields[`stance:${phase}:${o}`] = String(n);
  return fields;
}

/**
 * Tally mode: the facilitator types in counts from a show of hands or paper dots. They are
 * added to the participants' own votes, and saving again replaces what was typed before.
 */
export function TallyDialog({ session, boardId, settings, onClose }: TallyDialogProps) {
  const doc = session.getView().doc;
  const scale = settings.rating?.scale ?? 0;
  const [fields, setFields] = useState<Fields>(() => fieldsOf(typedCounts(doc, boardId, scale)));
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const zones = zonesOfBoard(doc, boardId);
  const notes = Object.values(doc.notes).filter((n) => n.boardId === boardId);
  const zoneOrder = new Map(zones.map((z) => [z.id, z.order]));
  notes.sort(
    (a, b) => (zoneOrder.get(a.zoneId!) ?? Infinity) - (zoneOrder.get(b.zoneId!) ?? Infinity) || a.y - b.y || a.x - b.x,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const bad = new Set<string>();
    const counts: TypedCounts = { dots: {}, ratings: {}, stances: { before: {}, after: {} } };
    for (const [key, text] of Object.entries(fields)) {
      const trimmed = text.trim();
      if (trimmed === '') continue;
      const n = Number(trimmed);
      if (!/^\d+$/.test(trimmed) || n > MAX) {
        bad.add(key);
        continue;
      }
      const [kind, a, b] = splitKey(key);
      if (kind === 'dot') counts.dots[a as NoteId] = n;
      else if (kind === 'rating') (counts.ratings[a as ZoneId] ??= new Array<number>(scale).fill(0))[Number(b) - 1] = n;
      else counts.stances[a as 'before' | 'after'][b] = n;
    }
    setInvalid(bad);
    if (bad.size > 0)
      return setFailure(
        `Counts are whole numbers from 0 to ${MAX}. Correct the ${bad.size === 1 ? 'marked count' : `${bad.size} marked counts`}; nothing was saved.`,
      );
    const op = replaceTypedCounts(session.getView().doc, boardId, counts);
    if (op && !session.apply(op)) return setFailure(session.getView().problem ?? 'The counts could not be saved.');
    onClose();
    announce(op ? 'Counts saved. Undo takes them back.' : 'No counts changed.');
  }

  const input = (key: string, label: string) => (
    <CountInput
      key={key}
      label={label}
      value={fields[key] ?? ''}
      invalid={invalid.has(key)}
      onChange={(v) => setFields((f) => ({ ...f, [key]: v }))}
    />
  );

  return (
    <ModalDialog
      title="Type in vote counts"
      subtitle="From a show of hands or paper dots. These counts are added to the votes cast on screen; saving again replaces them."
      onClose={onClose}
      className="modal-wide"
    >
      <form className="form" noValidate onSubmit={submit}>
        <div className="tally-fields">
          {settings.dots && (
            <fieldset className="tally-fieldset">
              <legend>Dots per note</legend>
              <div className="tally-grid">
                {notes.map((note) =>
                  input(
                    `dot:${note.id}`,
                    `${note.kind === 'reference' ? 'Reference card: ' : ''}${noteLabel(note.text)}`,
                  ),
                )}
              </div>
            </fieldset>
          )}
          {settings.rating && (
            <fieldset className="tally-fieldset">
              <legend>{settings.rating.question} How many gave each rating</legend>
              {zones.map((zone) => (
                <fieldset key={zone.id} className="tally-subfieldset">
                  <legend>{zone.label}</legend>
                  <div className="tally-row">
                    {Array.from({ length: scale }, (_, i) => input(`rating:${zone.id}:${i + 1}`, `Rated ${i + 1}`))}
                  </div>
                </fieldset>
              ))}
            </fieldset>
          )}
          {settings.stance &&
            (['before', 'after'] as const).map((phase) => (
              <fieldset key={phase} className="tally-fieldset">
                <legend>Stance {phase} the discussion</legend>
                <div className="tally-row">
                  {settings.stance!.options.map((option) => input(`stance:${phase}:${option}`, option))}
                </div>
              </fieldset>
            ))}
        </div>
        <FormActions failure={failure} submitLabel="Save counts" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}

/** `kind:first:rest`, where ids themselves hold one colon (`note:abc`). */
function splitKey(key: string): [string, string, string] {
  const [kind, ...rest] = key.split(':');
  if (kind === 'dot') return [kind, rest.join(':'), ''];
  if (kind === 'rating') return [kind, `${rest[0]}:${rest[1]}`, rest[2]];
  return [kind, rest[0], rest.slice(1).join(':')];
}

function CountInput({
  label,
  value,
  invalid,
  onChange,
}: {
  label: string;
  value: string;
  invalid: boolean;
  onChange(v: string): void;
}) {
  const id = useId();
  return (
    <div className={invalid ? 'tally-field field-invalid' : 'tally-field'}>
      <label htmlFor={id}>{label}</label>
      {/* Every count is marked; the dialog focuses the first one it finds, the form's first count. */}
      <input
        id={id}
        type="number"
        min={0}
        max={MAX}
        inputMode="numeric"
        value={value}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        data-autofocus
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
