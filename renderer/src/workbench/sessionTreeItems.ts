import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { SessionSummary } from '../../../shared/document/create';
import type { SessionDocument } from '../../../shared/document/schema';
import type { BoardId, ExerciseId, SessionId } from '../../../shared/ids';
import type { OpenSession } from '../state/openSession';

export interface ExerciseItem {
  kind: 'exercise';
  key: ExerciseId;
  sessionId: SessionId;
  title: string;
  /** The board of the first table, opened by Enter; null if the exercise has none. */
  boardId: BoardId | null;
}

export interface SessionItem {
  kind: 'session';
  key: SessionId;
  name: string;
  date: string;
  /** Null until the session is opened; then its exercises in agenda order. */
  exercises: ExerciseItem[] | null;
}

export function exercisesOf(doc: SessionDocument): ExerciseItem[] {
  const tableOrder = (tableId: string | null) =>
    tableId ? (doc.tables[tableId as never]?.order ?? Infinity) : Infinity;
  return Object.values(doc.exercises)
    .sort((a, b) => a.order - b.order)
    .map((exercise) => {
      const boards = Object.values(doc.boards)
        .filter((b) => b.exerciseId === exercise.id)
        .sort((a, b) => tableOrder(a.tableId) - tableOrder(b.tableId));
      return {
        kind: 'exercise',
        key: exercise.id,
        sessionId: doc.id,
        title: exercise.title,
        boardId: boards[0]?.id ?? null,
      };
    });
}

/**
 * The explorer's sessions with, for those that are open, their exercises. It follows every
 * open session, but only hands React a new list when a session's name or exercises changed,
 * not on every note added.
 */
export function useSessionTreeItems(
  summaries: readonly SessionSummary[],
  openSessions: ReadonlyMap<SessionId, OpenSession>,
): SessionItem[] {
  const cache = useRef<{ key: unknown[]; items: SessionItem[] } | null>(null);

  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = [...openSessions.values()].map((s) => s.subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    [openSessions],
  );

  function snapshot(): SessionItem[] {
    const docs = summaries.map((s) => openSessions.get(s.id)?.getView().doc ?? null);
    const key: unknown[] = [summaries, ...docs.flatMap((d) => (d ? [d.event, d.exercises, d.boards] : [null]))];
    const last = cache.current;
    if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.items;
    const items = summaries.map((summary, i): SessionItem => {
      const doc = docs[i];
      return {
        kind: 'session',
        key: summary.id,
        name: doc?.event.name ?? summary.eventName,
        date: doc?.event.date ?? summary.date,
        exercises: doc ? exercisesOf(doc) : null,
      };
    });
    cache.current = { key, items };
    return items;
  }

  return useSyncExternalStore(subscribe, snapshot);
}

/** A YYYY-MM-DD date as people write it here, e.g. "12 March 2025"; empty stays empty. */
export function formatEventDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
