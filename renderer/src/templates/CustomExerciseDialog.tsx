import { useId, useState, type FormEvent } from 'react';
import {
  validateCustomExercise,
  type CustomExerciseErrors,
  type CustomExerciseField,
  type CustomExerciseInput,
  type CustomLayout,
  type CustomVoting,
} from '../../../shared/templates/custom';
import { ModalDialog } from '../ui/ModalDialog';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';
import './templates.css';

interface CustomExerciseDialogProps {
  sessionName: string;
  /** Adds the exercise, and saves it as a template too when asked. */
  onCreate(input: CustomExerciseInput, saveAsTemplate: boolean): Promise<void>;
  onClose(): void;
}

const LAYOUTS: { value: CustomLayout; label: string; hint: string }[] = [
  { value: 'columns', label: 'Columns', hint: 'side by side' },
  { value: 'grid', label: 'Grid', hint: 'three to a row' },
  { value: 'fromTo', label: 'From → To', hint: 'exactly two zones' },
  { value: 'spectrum', label: 'Spectrum', hint: 'one band from the first zone to the last, e.g. Against … For' },
];

type VotingKind = CustomVoting['kind'];

/** "New custom exercise": title, prompt, zones one per line, a layout and how it is voted on. */
export function CustomExerciseDialog({ sessionName, onCreate, onClose }: CustomExerciseDialogProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [prompt, setPrompt] = useState('');
  const [zones, setZones] = useState('');
  const [layout, setLayout] = useState<CustomLayout>('columns');
  const [votingKind, setVotingKind] = useState<VotingKind>('none');
  const [dots, setDots] = useState('3');
  const [perItem, setPerItem] = useState('');
  const [question, setQuestion] = useState('How enthusiastic are you?');
  const [scale, setScale] = useState('5');
  const [saveAsTemplate, setSaveAsTemplate] = useState(false);
  // Errors show once Add was tried, then follow the typing, so a fixed field stops saying it is wrong.
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function voting(): CustomVoting {
    if (votingKind === 'dots')
      return { kind: 'dots', perParticipant: Number(dots), perItem: perItem.trim() === '' ? null : Number(perItem) };
    if (votingKind === 'rating') return { kind: 'rating', question, scale: Number(scale) };
    return { kind: 'none' };
  }

  const input: CustomExerciseInput = { title, prompt, zones: zones.split('\n'), layout, voting: voting() };
  const errors: CustomExerciseErrors = tried ? validateCustomExercise(input) : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateCustomExercise(input);
    setTried(true);
    const firstInvalid = (['title', 'prompt', 'zones', 'voting'] as const).find((f) => found[f]);
    if (firstInvalid) {
      const form = event.currentTarget;
      // The voting fieldset cannot take focus: its first number field can.
      const target = firstInvalid === 'voting' ? '.custom-choice-fields input' : `[data-field="${firstInvalid}"]`;
      form.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onCreate(input, saveAsTemplate);
    } catch (error) {
      setFailure(`The exercise was not added: ${(error as Error).message}`);
      setBusy(false);
    }
  }

  const described = (field: CustomExerciseField, hint = true) => ({
    'data-field': field,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [hint && `${id}-${field}-hint`, errors[field] && `${id}-${field}-error`].filter(Boolean).join(' ') || undefined,
  });
  const errorOf = (field: CustomExerciseField) =>
    errors[field] && (
      <p id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    );

  return (
    <ModalDialog
      title="New custom exercise"
      subtitle={`To “${sessionName}”. Your own question, zones and voting.`}
      onClose={onClose}
      className="modal-wide"
    >
      <form className="form custom-exercise-form" noValidate onSubmit={submit}>
        <div className={errors.title ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            autoComplete="off"
            data-autofocus
            onChange={(e) => setTitle(e.target.value)}
            {...described('title', false)}
          />
          {errorOf('title')}
        </div>
        <div className={errors.prompt ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-prompt`}>Prompt</label>
          <p id={`${id}-prompt-hint`} className="field-hint">
            The question the tables answer, shown on the board.
          </p>
          <textarea
            id={`${id}-prompt`}
            rows={2}
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
            {...described('prompt')}
          />
          {errorOf('prompt')}
        </div>
        <div className={errors.zones ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-zones`}>Zones</label>
          <p id={`${id}-zones-hint`} className="field-hint">
            One label per line, in order. Reorder by moving lines; a blank line is skipped.
          </p>
          <textarea
            id={`${id}-zones`}
            rows={4}
            value={zones}
            onChange={(e) => setZones(e.target.value)}
            {...described('zones')}
          />
          {errorOf('zones')}
        </div>
        <fieldset className="custom-choice">
          <legend>Layout</legend>
          {LAYOUTS.map((l) => (
            <label key={l.value} className="custom-choice-option">
              <input
                type="radio"
                name={`${id}-layout`}
                value={l.value}
                checked={layout === l.value}
                onChange={() => setLayout(l.value)}
              />
              <span>
                {l.label} <span className="field-hint">({l.hint})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="custom-choice" aria-describedby={errors.voting ? `${id}-voting-error` : undefined}>
          <legend>Voting</legend>
          {(
            [
              ['none', 'None'],
              ['dots', 'Dot votes'],
              ['rating', 'A rating per zone'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="custom-choice-option">
              <input
                type="radio"
                name={`${id}-voting`}
                value={value}
                checked={votingKind === value}
                onChange={() => setVotingKind(value)}
              />
              <span>{label}</span>
            </label>
          ))}
          {votingKind === 'dots' && (
            <div className="custom-choice-fields">
              <FormField
                label="Dots per person"
                name="dots"
                type="number"
                min={1}
                max={20}
                value={dots}
                onChange={setDots}
              />
              <FormField
                label="Most dots on one note (optional)"
                name="perItem"
                type="number"
                min={1}
                max={20}
                value={perItem}
                onChange={setPerItem}
              />
            </div>
          )}
          {votingKind === 'rating' && (
            <div className="custom-choice-fields">
              <FormField label="Rating question" name="question" value={question} onChange={setQuestion} />
              <FormField
                label="Scale from 1 to"
                name="scale"
                type="number"
                min={2}
                max={10}
                value={scale}
                onChange={setScale}
              />
            </div>
          )}
          {errorOf('voting')}
        </fieldset>
        <label className="custom-save-option">
          <input type="checkbox" checked={saveAsTemplate} onChange={(e) => setSaveAsTemplate(e.target.checked)} />
          <span>Save as a template for later events</span>
        </label>
        <FormActions failure={failure} submitLabel="Add exercise" submitDisabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
