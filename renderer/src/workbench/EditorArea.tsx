import { useRef, type KeyboardEvent } from 'react';
import { X } from 'lucide-react';
import type { SessionDocument } from '../../../shared/document/schema';
import type { BoardId } from '../../../shared/ids';
import { useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import type { BoardTab } from '../state/workbench';
import { BoardEditor } from './BoardEditor';
import { Welcome } from './Welcome';
import { formatKeybinding } from '../commands/keybindings';

import { tabDomId } from '../ui/domIds';
import { itemForKey } from '../ui/listKeys';

export const EDITOR_PANEL_ID = 'editor-panel';

/** A tab's name: "<exercise title> — <table name>", as the brief and the facilitator say it. */
export function boardTitle(doc: SessionDocument | undefined, boardId: BoardId): string {
  const board = doc?.boards[boardId];
  if (!doc || !board) return 'Removed board';
  const exercise = doc.exercises[board.exerciseId];
  const table = board.tableId ? doc.tables[board.tableId]?.name : 'Room board';
  return `${exercise?.title ?? 'Exercise'} — ${table ?? 'Table'}`;
}

/** The editor: a tab per open board and, under them, the active board. */
export function EditorArea() {
  const tabs = useWorkbenchState((s) => s.tabs);
  const activeBoardId = useWorkbenchState((s) => s.activeBoardId);
  const openSessions = useWorkbenchState((s) => s.openSessions);
  const active = tabs.find((t) => t.boardId === activeBoardId);
  const session = active ? openSessions.get(active.sessionId) : undefined;

  return (
    <main className="editor-area">
      {tabs.length > 0 ? (
        <>
          <EditorTabs tabs={tabs} activeBoardId={activeBoardId} />
          <div
            role="tabpanel"
            id={EDITOR_PANEL_ID}
            className="editor-panel"
            aria-labelledby={active ? tabDomId(active.boardId) : undefined}
          >
            {active && session && <BoardEditor key={active.boardId} session={session} boardId={active.boardId} />}
          </div>
        </>
      ) : (
        <Welcome />
      )}
    </main>
  );
}

/**
 * The open boards as WAI-ARIA tabs. The close buttons cannot live inside a tab (a tab's
 * content is presentational) nor inside the tablist, so they are its siblings, and CSS
 * `order` sets each beside its tab.
 */
function EditorTabs({ tabs, activeBoardId }: { tabs: readonly BoardTab[]; activeBoardId: BoardId | null }) {
  const workbench = useWorkbench();
  const strip = useRef<HTMLDivElement>(null);

  function focusTab(boardId: BoardId) {
    workbench.activateTab(boardId);
    requestAnimationFrame(() => document.getElementById(tabDomId(boardId))?.focus());
  }

  function close(boardId: BoardId) {
    const hadFocus = strip.current?.contains(document.activeElement) ?? false;
    workbench.closeTab(boardId);
    const next = workbench.getState().activeBoardId;
    if (hadFocus && next) requestAnimationFrame(() => document.getElementById(tabDomId(next))?.focus());
  }

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((t) => t.boardId === activeBoardId);
    const target = itemForKey(tabs, index, event.key, 'horizontal');
    if (target) {
      event.preventDefault();
      focusTab(target.boardId);
    } else if (event.key === 'Delete' && activeBoardId) {
      event.preventDefault();
      close(activeBoardId);
    }
  }

  return (
    <div ref={strip} className="tab-strip">
      <div role="tablist" aria-label="Open boards" className="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <BoardTabButton
            key={tab.boardId}
            tab={tab}
            order={i * 2}
            selected={tab.boardId === activeBoardId}
            onClose={close}
          />
        ))}
      </div>
      {tabs.map((tab, i) => (
        <TabCloseButton
          key={tab.boardId}
          tab={tab}
          order={i * 2 + 1}
          selected={tab.boardId === activeBoardId}
          onClose={close}
        />
      ))}
    </div>
  );
}

interface TabPartProps {
  tab: BoardTab;
  order: number;
  selected: boolean;
  onClose(boardId: BoardId): void;
}

function useTabTitle(tab: BoardTab): string {
  const session = useWorkbenchState((s) => s.openSessions.get(tab.sessionId));
  return boardTitle(useSessionView(session)?.doc, tab.boardId);
}

function BoardTabButton({ tab, order, selected, onClose }: TabPartProps) {
  const workbench = useWorkbench();
  const title = useTabTitle(tab);
  return (
    <button
      type="button"
      role="tab"
      id={tabDomId(tab.boardId)}
      className="tab"
      style={{ order }}
      aria-selected={selected}
      aria-controls={selected ? EDITOR_PANEL_ID : undefined}
      tabIndex={selected ? 0 : -1}
      title={title}
      onClick={() => workbench.activateTab(tab.boardId)}
      onAuxClick={(event) => event.button === 1 && onClose(tab.boardId)}
    >
      <span className="tab-title">{title}</span>
    </button>
  );
}

function TabCloseButton({ tab, order, selected, onClose }: TabPartProps) {
  const title = useTabTitle(tab);
  return (
    <button
      type="button"
      className={selected ? 'tab-close tab-close-selected' : 'tab-close'}
      style={{ order }}
      aria-label={`Close ${title}`}
      title={`Close (${formatKeybinding('Mod+W')})`}
      tabIndex={selected ? 0 : -1}
      onClick={() => onClose(tab.boardId)}
    >
      <X size={16} aria-hidden="true" />
    </button>
  );
}
