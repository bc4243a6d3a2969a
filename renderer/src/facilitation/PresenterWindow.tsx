import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PresenterPlace } from '../../../shared/facilitation/presenterAddress';
import type { RoundtableApi } from '../../../shared/api/contract';
import { ANNOUNCER_ID, announce } from '../a11y/announcer';
import { useStore } from '../hooks/useStore';
import { useSessionView } from '../hooks/workbenchContext';
import { room } from '../room/roomStore';
import { PresenterFollower, PRESENTER_READ_ONLY } from './presenterFollower';
import { followFacilitatorWindow } from './presenterLink';
import { PresenterOutline } from './PresenterOutline';
import { deckAfterKey, PresenterScreen, referencesOf, type Deck } from './PresenterScreen';

/** The region's accessible name: what it is, and that nothing here changes the board. */
export const PRESENTER_WINDOW_NAME = 'Presenter window, read only: it follows the facilitator’s window';

/** Keys that would edit or move about on the facilitator's board; here they only say why nothing happens. */
function isEditingKey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || ['Delete', 'Backspace', 'Enter', 'PageDown', 'PageUp'].includes(event.key);
}

/**
 * The second presenter window (Facilitate › Present in a second window): the same presenter
 * layout the facilitator's presenter mode shows, with no editing chrome, on a read-only copy of
 * the session that every change reaches live (notes, groups, votes, the timer), and the board the
 * facilitator's window shows (presenterLink.ts). Only the reference deck (R) answers keys.
 */
export function PresenterWindow({ api, place }: { api: RoundtableApi; place: PresenterPlace }) {
  const follower = useMemo(() => new PresenterFollower(api, place), [api, place]);
  const shown = useStore(follower.store);
  const session = shown.state === 'showing' ? shown.session : null;
  const view = useSessionView(session);
  const root = useRef<HTMLDivElement>(null);
  const [deck, setDeck] = useState<Deck>(null);

  useEffect(() => {
    const stop = follower.start();
    const stopFollowing = followFacilitatorWindow(place.from, (p) => follower.facilitatorShows(p.sessionId, p.boardId));
    room.watch(api);
    return () => {
      stopFollowing();
      stop();
    };
  }, [follower, place, api]);
  useEffect(() => root.current?.focus(), [session]);

  const board = shown.state === 'showing' && view ? view.doc.boards[shown.following.boardId] : undefined;
  const exercise = board && view ? view.doc.exercises[board.exerciseId] : undefined;
  useEffect(() => {
    document.title = exercise ? `Presenting: ${exercise.title} – Roundtable` : 'Presenting – Roundtable';
  }, [exercise]);

  function onKeyDown(event: KeyboardEvent) {
    if (!view) return;
    const next =
      event.ctrlKey || event.metaKey || event.altKey
        ? undefined
        : deckAfterKey(event.key, deck, board?.id, referencesOf(view.doc, board).length);
    if (next !== undefined) {
      event.preventDefault();
      setDeck(next);
    } else if (isEditingKey(event)) {
      event.preventDefault();
      announce(PRESENTER_READ_ONLY);
    }
  }

  const fullScreenKey = window.roundtable ? '' : ' · F11 full screen';
  return (
    <>
      <div
        ref={root}
        className="presenter presenter-window"
        role="region"
        aria-label={PRESENTER_WINDOW_NAME}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-board-id={board?.id ?? ''}
      >
        {shown.state === 'failed' ? (
          <p className="presenter-empty" role="alert">
            {shown.message} Close this window and choose Present in a second window again.
          </p>
        ) : session && view ? (
          <>
            <PresenterScreen
              session={session}
              doc={view.doc}
              board={board}
              deckPage={deck !== null && deck.boardId === board?.id ? deck.page : null}
              keys={`Read only: follows the facilitator’s window${fullScreenKey}`}
            />
            {board && <PresenterOutline doc={view.doc} board={board} />}
          </>
        ) : (
          <p className="presenter-empty" role="status">
            Opening the board…
          </p>
        )}
      </div>
      <div id={ANNOUNCER_ID} className="visually-hidden" aria-live="polite" />
    </>
  );
}
