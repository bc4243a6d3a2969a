import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useCommands, useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { deckAfterKey, PresenterScreen, referencesOf, type Deck } from './PresenterScreen';

/**
 * What the room sees on the projector: the facilitator's current board full screen, with
 * the exercise and its prompt in large type, the timer, and no editing chrome. It follows
 * the facilitator: moving to the next exercise or table shows that board.
 */
export function PresenterView() {
  const workbench = useWorkbench();
  const commands = useCommands();
  const root = useRef<HTMLDivElement>(null);
  const tab = useWorkbenchState(() => workbench.activeTab());
  const session = useWorkbenchState((s) => (tab ? s.openSessions.get(tab.sessionId) : undefined));
  const view = useSessionView(session);
  // The reference deck: closed, or open at a page. It closes when the board changes.
  const [deck, setDeck] = useState<Deck>(null);

  useEffect(() => {
    root.current?.focus();
    let entered = false;
    // Full screen where the platform allows it; leaving full screen (Esc) leaves presenter mode too.
    document.documentElement.requestFullscreen?.().then(
      () => (entered = true),
      () => undefined,
    );
    const onChange = () => {
      if (entered && !document.fullscreenElement) workbench.setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [workbench]);

  const board = tab && view ? view.doc.boards[tab.boardId] : undefined;
  const references = view ? referencesOf(view.doc, board) : [];
  const deckOpen = deck !== null && deck.boardId === board?.id;

  function onKeyDown(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const nextDeck = deckAfterKey(event.key, deck, board?.id, references.length);
    if (nextDeck !== undefined) {
      event.preventDefault();
      setDeck(nextDeck);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      workbench.setPresenting(false);
      return;
    }
    // Page keys and arrows move between exercises, T and Shift+T between tables: bindings `when: 'presenter'`.
    if (commands.runKey(event.nativeEvent, 'presenter')) {
      event.preventDefault();
      root.current?.focus();
    }
  }

  return (
    <div ref={root} className="presenter" role="region" aria-label="Presenter mode" tabIndex={-1} onKeyDown={onKeyDown}>
      {view && session ? (
        <PresenterScreen
          session={session}
          doc={view.doc}
          board={board}
          deckPage={deckOpen ? deck.page : null}
          keys="Esc leaves · Page Down next exercise · T next table · F8 starts or pauses the timer"
        />
      ) : (
        <p className="presenter-empty">Open a board to present it.</p>
      )}
    </div>
  );
}
