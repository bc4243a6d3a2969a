import { ArrowDown, ArrowUp, Play } from 'lucide-react';
import { useEffect, useState } from 'react';
import { agendaOf } from '../../../shared/document/boards';
import type { Exercise } from '../../../shared/document/schema';
import { operation } from '../../../shared/operations/registry';
import { announce } from '../a11y/announcer';
import { useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { runExercise } from '../state/facilitation';
import type { OpenSession } from '../state/openSession';
import { IconButton } from '../ui/IconButton';
import { Clock } from './TimerControls';
import { DeckPlanner } from './DeckPlanner';

/**
 * The agenda of the session the facilitator is in: its exercises in order with their
 * planned minutes, which one the room is on, and the total. "Run" moves the room on to an
 * exercise: its board opens and the timer is set to its minutes.
 */
export function AgendaPanel() {
  const workbench = useWorkbench();
  const session = useWorkbenchState(() => workbench.currentSession());
  const view = useSessionView(session);
  if (!session || !view) {
    return <p className="agenda-empty">Open a session’s board to see its agenda.</p>;
  }
  const doc = view.doc;
  const agenda = agendaOf(doc);
  const planned = agenda.reduce((sum, e) => sum + (e.plannedMinutes ?? 0), 0);
  const current = doc.facilitation.currentExerciseId;
  const currentExercise = current ? doc.exercises[current] : null;
  return (
    <section className="agenda" aria-labelledby="agenda-title">
      <h3 id="agenda-title" className="agenda-title">
        {doc.event.name}
      </h3>
      <p className="agenda-summary">
        {agenda.length === 1 ? '1 exercise' : `${agenda.length} exercises`}, {planned} minutes planned
        {currentExercise && (
          <>
            {' · '}
            <Clock doc={doc} exercise={currentExercise} className="agenda-clock" />
          </>
        )}
      </p>
      <DeckPlanner sessionId={session.id} />
      {agenda.length === 0 ? (
        <p className="agenda-empty">No exercises yet: plan from a deck above, or use Add exercise (File menu).</p>
      ) : (
        <ol className="agenda-list">
          {agenda.map((exercise, index) => (
            <AgendaItem
              key={exercise.id}
              session={session}
              exercise={exercise}
              current={exercise.id === current}
              previous={agenda[index - 1]}
              next={agenda[index + 1]}
              onRun={() => {
                if (runExercise(workbench, session, exercise.id))
                  announce(`Now running ${exercise.title}. The timer is set to its minutes.`);
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface AgendaItemProps {
  session: OpenSession;
  exercise: Exercise;
  current: boolean;
  previous?: Exercise;
  next?: Exercise;
  onRun(): void;
}

function AgendaItem({ session, exercise, current, previous, next, onRun }: AgendaItemProps) {
  const [minutes, setMinutes] = useState(exercise.plannedMinutes === null ? '' : String(exercise.plannedMinutes));
  const [error, setError] = useState<string | null>(null);
  const inputId = `agenda-minutes-${exercise.id.replace(':', '-')}`;
  // Undo, or another window, may change the planned minutes: show what is stored.
  useEffect(
    () => setMinutes(exercise.plannedMinutes === null ? '' : String(exercise.plannedMinutes)),
    [exercise.plannedMinutes],
  );

  function saveMinutes() {
    const text = minutes.trim();
    const value = text === '' ? null : Number(text);
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 600)) {
      return setError('Enter whole minutes from 1 to 600, or leave it empty.');
    }
    setError(null);
    if (value !== exercise.plannedMinutes)
      session.apply(operation('updateExercise', { exerciseId: exercise.id, changes: { plannedMinutes: value } }));
  }

  function swapWith(other: Exercise | undefined) {
    if (!other) return;
    session.apply(
      operation('batch', {
        operations: [
          operation('updateExercise', { exerciseId: exercise.id, changes: { order: other.order } }),
          operation('updateExercise', { exerciseId: other.id, changes: { order: exercise.order } }),
        ],
      }),
    );
    announce(`${exercise.title} moved ${other === previous ? 'up' : 'down'}`);
  }

  return (
    <li
      className={current ? 'agenda-item agenda-item-current' : 'agenda-item'}
      aria-current={current ? 'step' : undefined}
    >
      <span className="agenda-item-title">{exercise.title}</span>
      {current && <span className="badge badge-current">Running now</span>}
      <div className="agenda-item-controls">
        <label htmlFor={inputId} className="agenda-minutes-label">
          Minutes<span className="visually-hidden"> for {exercise.title}</span>
        </label>
        <input
          id={inputId}
          className="agenda-minutes"
          type="number"
          min={1}
          max={600}
          inputMode="numeric"
          value={minutes}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setMinutes(e.target.value)}
          onBlur={saveMinutes}
          onKeyDown={(e) => e.key === 'Enter' && saveMinutes()}
        />
        <IconButton
          label={`Run ${exercise.title} now`}
          tooltip="Run now: open its board and set the timer"
          icon={Play}
          onClick={onRun}
        />
        <IconButton
          label={`Move ${exercise.title} up`}
          tooltip="Move up"
          icon={ArrowUp}
          disabled={!previous}
          onClick={() => swapWith(previous)}
        />
        <IconButton
          label={`Move ${exercise.title} down`}
          tooltip="Move down"
          icon={ArrowDown}
          disabled={!next}
          onClick={() => swapWith(next)}
        />
      </div>
      {error && (
        <p id={`${inputId}-error`} className="field-error">
          {error}
        </p>
      )}
    </li>
  );
}
