import { useRef, type KeyboardEvent } from 'react';
import { zonesOfBoard } from '../../../shared/document/geometry';
import type { BoardId, ZoneId } from '../../../shared/ids';
import { currentToken, ratingBy, stanceBy } from '../../../shared/voting/round';
import { useActiveBoardStore, useSessionView } from '../hooks/workbenchContext';
import type { OpenSession } from '../state/openSession';
import { useRound, useRoundNotice } from './roundStore';
import { addDot, dotsLeftLabel, endRound, nextParticipant, rate, removeDot, takeStance } from './votingActions';
import { participantLabel } from './votingState';
import './voting.css';

interface RoundBarProps {
  session: OpenSession;
  boardId: BoardId;
}

function focusBoard() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('#board-surface [role="application"]')?.focus());
}

/**
 * The bar of a voting round on the shared screen: whose turn it is and how many dots they
 * have left (never anyone's counts), Add dot and Take back dot for the note selected on
 * the board, a 1–N rating per zone, and Next participant (Enter anywhere on the bar, P on
 * the board), which is Finish round for the last participant; Stop round early ends it before.
 */
export function RoundBar({ session, boardId }: RoundBarProps) {
  const round = useRound(boardId);
  const notice = useRoundNotice(boardId);
  const bar = useRef<HTMLElement>(null);
  const activeBoard = useActiveBoardStore();
  const doc = useSessionView(session)!.doc;
  const board = doc.boards[boardId];
  const settings = board ? (doc.exercises[board.exerciseId]?.voting ?? null) : null;
  if (!round || !board || !settings) return null;
  const token = currentToken(round);
  const last = round.index + 1 === round.participants;
  const zones = zonesOfBoard(doc, boardId);
  const open = board.voting === 'open';
  const dots = settings.dots;
  const left = dots
    ? dots.perZone
      ? zones.map((z) => `${z.label}: ${dotsLeftLabel(doc, round, dots, z.id)}`).join('; ')
      : dotsLeftLabel(doc, round, dots, null)
    : null;
  const scale = settings.rating?.scale ?? 0;
  const stancePhase = settings.stance ? round.stancePhase : null;
  const myStance = stancePhase ? stanceBy(doc, boardId, token, stancePhase) : null;

  /** The next participant starts at the first rating or stance, or on the board when there is none. */
  function next() {
    nextParticipant(boardId);
    const firstRating = bar.current?.querySelector<HTMLInputElement>('.round-ratings input');
    if (last || !firstRating) focusBoard();
    else requestAnimationFrame(() => bar.current?.querySelector<HTMLInputElement>('.round-ratings input')?.focus());
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    next();
  }

  function onRatingKey(event: KeyboardEvent<HTMLFieldSetElement>, zoneId: ZoneId) {
    if (!/^[0-9]$/.test(event.key) || event.ctrlKey || event.altKey || event.metaKey) return;
    const value = Number(event.key);
    if (value < 1 || value > scale) return;
    event.preventDefault();
    rate(session, boardId, settings, zoneId, value);
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus();
  }

  return (
    <section ref={bar} className="round-bar" aria-label="Voting round" onKeyDown={onKeyDown}>
      <p className="round-status">
        <strong>{participantLabel(round)}</strong>
        {open ? left && <span> — {left}</span> : <span> — voting is not open, so the round is paused.</span>}
      </p>
      {notice && <p className="round-notice">{notice}</p>}
      {open && (settings.rating || stancePhase) && (
        <div className="round-ratings">
          {stancePhase && settings.stance && (
            <fieldset className="round-rating">
              <legend>Your stance {stancePhase} the discussion</legend>
              {settings.stance.options.map((option) => (
                <label key={option} className="round-rating-option">
                  <input
                    type="radio"
                    name={`stance-${token}`}
                    value={option}
                    checked={myStance === option}
                    onChange={() => takeStance(session, boardId, settings, option)}
                  />
                  <span>{option}</span>
                </label>
              ))}
            </fieldset>
          )}
          {settings.rating && (
            <p className="round-question">
              {settings.rating.question}{' '}
              <span className="round-scale">1 = not at all, {scale} = very; digits choose</span>
            </p>
          )}
          {settings.rating &&
            zones.map((zone) => {
              const mine = ratingBy(doc, boardId, token, zone.id);
              return (
                <fieldset key={zone.id} className="round-rating" onKeyDown={(e) => onRatingKey(e, zone.id)}>
                  <legend>{zone.label}</legend>
                  {Array.from({ length: scale }, (_, i) => i + 1).map((v) => (
                    <label key={v} className="round-rating-option">
                      <input
                        type="radio"
                        name={`rating-${token}-${zone.id}`}
                        value={v}
                        checked={mine === v}
                        onChange={() => rate(session, boardId, settings, zone.id, v)}
                      />
                      <span>{v}</span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
        </div>
      )}
      <div className="round-bar-actions">
        {dots && (
          <>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="D"
              disabled={!open}
              onClick={() => addDot(session, boardId, settings, activeBoard.get())}
            >
              Add dot <kbd aria-hidden="true">D</kbd>
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="Shift+D"
              disabled={!open}
              onClick={() => removeDot(session, boardId, settings, activeBoard.get())}
            >
              Take back dot <kbd aria-hidden="true">Shift+D</kbd>
            </button>
          </>
        )}
        <button type="button" className="button button-primary" aria-keyshortcuts="P" onClick={next}>
          {last ? 'Finish round' : 'Next participant'} <kbd aria-hidden="true">P</kbd>
        </button>
        {/* Only before the last participant: Finish round is how the last one ends it. */}
        {!last && (
          <button
            type="button"
            className="button"
            title="Ends the round now: the participants after this one do not vote in it"
            onClick={() => (endRound(boardId), focusBoard())}
          >
            Stop round early
          </button>
        )}
      </div>
    </section>
  );
}
