import { useState, type FormEvent } from 'react';
import type { BoardId } from '../../../shared/ids';
import type { StancePhase } from '../../../shared/voting/round';
import { useSessionView } from '../hooks/workbenchContext';
import type { OpenSession } from '../state/openSession';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';
import { ModalDialog } from '../ui/ModalDialog';
import { TallyDialog } from './TallyDialog';
import { VotingResults } from './VotingResults';
import { beginRound } from './votingActions';
import './voting.css';

interface VotingDialogHostProps {
  session: OpenSession;
  boardId: BoardId;
  view: 'round' | 'tally' | 'results';
  onClose(): void;
}

/** Once the dialog has gone, the first participant starts where every next one does (see RoundBar). */
function focusRoundStart() {
  requestAnimationFrame(() =>
    (
      document.querySelector<HTMLElement>('.round-ratings input') ??
      document.querySelector<HTMLElement>('#board-surface [role="application"]')
    )?.focus(),
  );
}

/** The voting dialogs of one board: start a round, type in counts, see the results. */
export function VotingDialogHost({ session, boardId, view, onClose }: VotingDialogHostProps) {
  const doc = useSessionView(session)!.doc;
  const board = doc.boards[boardId];
  const exercise = board ? doc.exercises[board.exerciseId] : undefined;
  if (!board || !exercise?.voting) return null;
  if (view === 'tally')
    return <TallyDialog session={session} boardId={boardId} settings={exercise.voting} onClose={onClose} />;
  if (view === 'round') {
    const table = board.tableId ? doc.tables[board.tableId] : undefined;
    // A stance round asks "before" until some stance before has been given, then "after".
    const askedBefore = Object.values(doc.votes).some(
      (v) => v.boardId === boardId && v.kind === 'stance' && v.phase === 'before',
    );
    const stance = exercise.voting.stance ? (askedBefore ? 'after' : 'before') : null;
    return (
      <StartRoundDialog
        session={session}
        boardId={boardId}
        suggested={table?.participantCount ?? null}
        stance={stance}
        onClose={onClose}
      />
    );
  }
  return (
    <ModalDialog title="Voting results" subtitle={exercise.title} onClose={onClose} className="modal-wide">
      <VotingResults doc={doc} boardId={boardId} settings={exercise.voting} headingLevel={3} />
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

interface StartRoundProps {
  session: OpenSession;
  boardId: BoardId;
  suggested: number | null;
  /** The stance phase to offer first, or null when the exercise asks no stance. */
  stance: StancePhase | null;
  onClose(): void;
}

function StartRoundDialog({ session, boardId, suggested, stance, onClose }: StartRoundProps) {
  const [count, setCount] = useState(suggested ? String(suggested) : '');
  const [phase, setPhase] = useState(stance);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const n = Number(count.trim());
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > 99)
      return setError('Enter how many people will vote, a whole number from 1 to 99.');
    setError(undefined);
    const refused = beginRound(session, boardId, n, phase);
    if (refused) return setFailure(refused);
    onClose();
    focusRoundStart();
  }

  return (
    <ModalDialog
      title="Start voting round"
      subtitle="Each participant takes a turn at this screen, known only by a number."
      onClose={onClose}
    >
      <form className="form" noValidate onSubmit={submit}>
        <FormField
          label="How many participants?"
          name="participants"
          type="number"
          min={1}
          max={99}
          required
          value={count}
          error={error}
          onChange={setCount}
          autoFocus
        />
        {phase && (
          <fieldset className="round-phase">
            <legend>Ask each participant’s stance</legend>
            {(['before', 'after'] as const).map((p) => (
              <label key={p} className="round-rating-option">
                <input type="radio" name="stance-phase" value={p} checked={phase === p} onChange={() => setPhase(p)} />
                <span>{p === 'before' ? 'Before the discussion' : 'After the discussion'}</span>
              </label>
            ))}
          </fieldset>
        )}
        <FormActions failure={failure} submitLabel="Start round" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
