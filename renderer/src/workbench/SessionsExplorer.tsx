import { Fragment, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ChevronRight, Presentation } from 'lucide-react';
import type { SessionId } from '../../../shared/ids';
import { SESSIONS_TREE_ID } from '../ui/domIds';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { formatEventDate, useSessionTreeItems, type ExerciseItem, type SessionItem } from './sessionTreeItems';

type TreeItem = SessionItem | ExerciseItem;

/** The DOM id of a tree item; ids contain ':', which is fine in an id but not in a CSS selector. */
export function treeItemDomId(key: string): string {
  return `tree-${key.replace(':', '-')}`;
}

/**
 * The sessions explorer: a WAI-ARIA tree of sessions and their exercises. Arrow keys move,
 * expand and collapse; Enter opens an exercise's board; F2 renames and Delete deletes a session.
 */
export function SessionsExplorer() {
  const workbench = useWorkbench();
  const summaries = useWorkbenchState((s) => s.sessions);
  const openSessions = useWorkbenchState((s) => s.openSessions);
  const expanded = useWorkbenchState((s) => s.expanded);
  const selectedSessionId = useWorkbenchState((s) => s.selectedSessionId);
  const sampleSessionId = useWorkbenchState((s) => s.appInfo?.sampleSessionId);
  const sessions = useSessionTreeItems(summaries ?? [], openSessions);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const typeahead = useRef({ text: '', at: 0 });
  // ArrowDown on a session still loading its exercises: go to its first exercise once it has
  // them (and open it, if Enter came meanwhile), as if the keys had waited.
  const [downWhenLoaded, setDownWhenLoaded] = useState<{ sessionId: string; open: boolean } | null>(null);

  const visible: TreeItem[] = sessions.flatMap((s) => (expanded.has(s.key) && s.exercises ? [s, ...s.exercises] : [s]));
  const loadedFirst = downWhenLoaded
    ? sessions.find((s) => s.key === downWhenLoaded.sessionId)?.exercises?.[0]
    : undefined;
  useEffect(() => {
    if (!loadedFirst || !downWhenLoaded) return;
    setDownWhenLoaded(null);
    setFocusedKey(loadedFirst.key);
    document.getElementById(treeItemDomId(loadedFirst.key))?.focus();
    if (downWhenLoaded.open && loadedFirst.boardId) workbench.openBoard(loadedFirst.sessionId, loadedFirst.boardId);
  }, [loadedFirst, downWhenLoaded, workbench]);
  const focused =
    visible.find((i) => i.key === focusedKey) ?? visible.find((i) => i.key === selectedSessionId) ?? visible[0];

  // A session selected elsewhere (a new session, a tab) becomes the tree's current item.
  const [lastSelected, setLastSelected] = useState(selectedSessionId);
  if (selectedSessionId !== lastSelected) {
    setLastSelected(selectedSessionId);
    const within = focused && (focused.kind === 'session' ? focused.key : focused.sessionId) === selectedSessionId;
    if (selectedSessionId && !within) setFocusedKey(selectedSessionId);
  }

  if (summaries === null) return <p className="sidebar-message">Loading sessions…</p>;
  if (sessions.length === 0) {
    return <p className="sidebar-message">No sessions yet. Choose “New session” above to set up your first event.</p>;
  }

  const sessionOf = (item: TreeItem) => (item.kind === 'session' ? item.key : item.sessionId);

  function moveTo(item: TreeItem | undefined) {
    if (!item) return;
    setFocusedKey(item.key);
    workbench.selectSession(sessionOf(item));
    document.getElementById(treeItemDomId(item.key))?.focus();
  }

  function activate(item: TreeItem) {
    if (item.kind === 'session') workbench.setExpanded(item.key, !expanded.has(item.key));
    else if (item.boardId) workbench.openBoard(item.sessionId, item.boardId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (!focused || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = visible.indexOf(focused);
    const isOpen = focused.kind === 'session' && expanded.has(focused.key);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (isOpen && sessions.find((s) => s.key === focused.key)?.exercises === null)
          setDownWhenLoaded({ sessionId: focused.key, open: false });
        else moveTo(visible[index + 1]);
        break;
      case 'ArrowUp':
        moveTo(visible[index - 1]);
        break;
      case 'Home':
        moveTo(visible[0]);
        break;
      case 'End':
        moveTo(visible[visible.length - 1]);
        break;
      case 'ArrowRight':
        if (focused.kind === 'session' && !isOpen) workbench.setExpanded(focused.key, true);
        else if (isOpen) moveTo(visible[index + 1]?.kind === 'exercise' ? visible[index + 1] : undefined);
        break;
      case 'ArrowLeft':
        if (isOpen) workbench.setExpanded(focused.key as SessionId, false);
        else if (focused.kind === 'exercise') moveTo(sessions.find((s) => s.key === focused.sessionId));
        break;
      case 'Enter':
      case ' ':
        if (downWhenLoaded?.sessionId === focused.key) setDownWhenLoaded({ ...downWhenLoaded, open: true });
        else activate(focused);
        break;
      case 'F2':
        workbench.showDialog({ kind: 'renameSession', sessionId: sessionOf(focused) });
        break;
      case 'Delete':
        if (focused.kind === 'session') workbench.showDialog({ kind: 'deleteSession', sessionId: focused.key });
        else handled = false;
        break;
      default:
        handled = event.key.length === 1 && findByTypeahead(event.key);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** Type a letter or two to jump to the next item whose name starts with them, as in a file explorer. */
  function findByTypeahead(char: string): boolean {
    const now = Date.now();
    typeahead.current = {
      text: (now - typeahead.current.at < 700 ? typeahead.current.text : '') + char.toLowerCase(),
      at: now,
    };
    const label = (i: TreeItem) => (i.kind === 'session' ? i.name : i.title).toLowerCase();
    const start = visible.indexOf(focused!) + (typeahead.current.text.length === 1 ? 1 : 0);
    const ordered = [...visible.slice(start), ...visible.slice(0, start)];
    const match = ordered.find((i) => label(i).startsWith(typeahead.current.text));
    if (match) moveTo(match);
    return true;
  }

  function itemProps(item: TreeItem, level: number, position: number, setSize: number) {
    return {
      id: treeItemDomId(item.key),
      role: 'treeitem',
      'aria-level': level,
      'aria-posinset': position,
      'aria-setsize': setSize,
      // Nothing is selected until the user picks something, so the session actions never act on a guess.
      'aria-selected': item.key === focused?.key && sessionOf(item) === selectedSessionId,
      tabIndex: item.key === focused?.key ? 0 : -1,
      onFocus: (event: FocusEvent) => {
        if (event.target !== event.currentTarget) return;
        setFocusedKey(item.key);
        workbench.selectSession(sessionOf(item));
      },
    } as const;
  }

  // A flat tree (levels given by aria-level) keeps each item's name to its own row, not its children's.
  return (
    <ul id={SESSIONS_TREE_ID} role="tree" aria-label="Sessions" className="tree" onKeyDown={onKeyDown}>
      {sessions.map((session, i) => {
        const open = expanded.has(session.key);
        const date = formatEventDate(session.date);
        return (
          <Fragment key={session.key}>
            <li {...itemProps(session, 1, i + 1, sessions.length)} aria-expanded={open} className="tree-item">
              <div className="tree-row tree-row-session" onClick={() => activate(session)}>
                <ChevronRight
                  className={open ? 'tree-chevron tree-chevron-open' : 'tree-chevron'}
                  size={16}
                  aria-hidden="true"
                />
                <span className="tree-label">
                  <span className="tree-name">{session.name}</span>
                  {session.key === sampleSessionId && <span className="tree-badge"> Sample</span>}
                  {date && <span className="tree-detail"> {date}</span>}
                </span>
              </div>
            </li>
            {open && session.exercises === null && (
              <li role="none" className="tree-message">
                Opening…
              </li>
            )}
            {open && session.exercises?.length === 0 && (
              <li role="none" className="tree-message">
                No exercises yet. Use “Add exercise”.
              </li>
            )}
            {open &&
              session.exercises?.map((exercise, j, all) => (
                <li key={exercise.key} {...itemProps(exercise, 2, j + 1, all.length)} className="tree-item">
                  <div className="tree-row tree-row-exercise" onClick={() => activate(exercise)}>
                    <Presentation size={16} aria-hidden="true" className="tree-icon" />
                    <span className="tree-name">{exercise.title}</span>
                  </div>
                </li>
              ))}
          </Fragment>
        );
      })}
    </ul>
  );
}
