import { useId, useState } from 'react';
import { OTHER, type CodedTheme, type QuestionCoding } from '../../../shared/synthesis/coding';
import type { MergedNote } from '../../../shared/synthesis/types';
import { reviewOperation } from '../../../shared/synthesisProject/registry';
import { announce } from '../a11y/announcer';
import { NoteList } from './NoteList';
import { review } from './reviewStore';

interface ThemeNotesProps {
  question: QuestionCoding;
  /** Null for the question's "other". */
  theme: CodedTheme | null;
  notes: ReadonlyMap<string, MergedNote>;
  /** Notes from later exports not yet reviewed: marked as new. */
  fresh: ReadonlySet<string>;
  noteGroups: Readonly<Record<string, string>>;
  /** The table group shown, or "" for all the theme's notes. */
  group: string;
  onGroup(groupId: string): void;
  onTrace(noteId: string): void;
}

/** A theme's table groups and notes (theme → groups → notes), choosing notes to split off or move, and moving a whole group. */
export function ThemeNotes({ question, theme, notes, fresh, noteGroups, group, onGroup, onTrace }: ThemeNotesProps) {
  const id = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [headline, setHeadline] = useState('');
  const targets = [
    ...question.themes.filter((t) => t.id !== theme?.id).map((t) => [t.id, t.headline]),
    [OTHER, 'Other'],
  ];
  if (theme === null) targets.pop();
  // A target chosen before may have been merged away since: then the first there is.
  const valid = (to: string) => (targets.some(([t]) => t === to) ? to : (targets[0]?.[0] ?? OTHER));
  const [moveToChoice, setMoveTo] = useState('');
  const [groupToChoice, setGroupTo] = useState('');
  const moveTo = valid(moveToChoice);
  const groupTo = valid(groupToChoice);
  const all = theme ? theme.noteIds : question.other;
  const groups = new Map<string, { name: string; count: number }>();
  for (const noteId of all) {
    const g = noteGroups[noteId];
    if (!g) continue;
    const entry = groups.get(g) ?? { name: notes.get(noteId)?.group || 'Untitled group', count: 0 };
    entry.count++;
    groups.set(g, entry);
  }
  const shown = group ? all.filter((n) => noteGroups[n] === group) : all;
  const picked = [...chosen].filter((n) => all.includes(n));
  const targetName = (to: string) => targets.find(([t]) => t === to)?.[1] ?? 'Other';

  function done(made: Promise<boolean>, said: string, then?: () => void) {
    void made.then((ok) => {
      if (!ok) return;
      setChosen(new Set());
      then?.();
      announce(said);
    });
  }

  return (
    <div className="review-theme-notes">
      <h5 id={`${id}-groups`}>Table groups</h5>
      {groups.size === 0 ? (
        <p className="synthesis-muted">None of these notes was in a table group.</p>
      ) : (
        <ul className="review-groups" aria-labelledby={`${id}-groups`}>
          <li>
            <button type="button" className="review-chip" aria-pressed={group === ''} onClick={() => onGroup('')}>
              All notes ({all.length})
            </button>
          </li>
          {[...groups].map(([gid, g]) => (
            <li key={gid}>
              <button type="button" className="review-chip" aria-pressed={group === gid} onClick={() => onGroup(gid)}>
                {g.name} ({g.count})
              </button>
            </li>
          ))}
        </ul>
      )}
      {group && targets.length > 0 && (
        <div className="review-field">
          <label htmlFor={`${id}-group-to`}>Move this table group to</label>
          <select id={`${id}-group-to`} value={groupTo} onChange={(e) => setGroupTo(e.target.value)}>
            {targets.map(([t, name]) => (
              <option key={t} value={t}>
                {name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            onClick={() =>
              done(
                review.decide(reviewOperation('moveGroup', { groupId: group, to: groupTo })),
                `Table group moved to ${targetName(groupTo)}.`,
                () => onGroup(''),
              )
            }
          >
            Move group
          </button>
        </div>
      )}
      <h5>
        Notes{group ? ` of ${groups.get(group)?.name ?? 'the group'}` : ''}: {shown.length}, {picked.length} chosen
      </h5>
      <p className="synthesis-muted">
        Up and Down move through the notes; Space chooses one; Enter shows where it came from. With the mouse, a click
        shows where a note came from; a click on its box chooses it.
      </p>
      <NoteList
        label={`Notes of ${theme ? theme.headline : 'Other'}`}
        noteIds={shown}
        notes={notes}
        fresh={fresh}
        chosen={chosen}
        onChoose={(n) => {
          const next = new Set(chosen);
          if (!next.delete(n)) next.add(n);
          setChosen(next);
        }}
        onTrace={onTrace}
      />
      {picked.length > 0 && (
        <div className="review-chosen">
          {theme && (
            <div className="review-field">
              <label htmlFor={`${id}-split`}>New theme’s headline</label>
              <input id={`${id}-split`} value={headline} onChange={(e) => setHeadline(e.target.value)} />
              <button
                type="button"
                className="button"
                disabled={headline.trim() === ''}
                onClick={() =>
                  done(
                    review.decide(reviewOperation('splitTheme', { themeId: theme.id, noteIds: picked, headline })),
                    `${picked.length} notes split into the new theme ${headline}.`,
                  )
                }
              >
                Split chosen notes into a new theme
              </button>
            </div>
          )}
          {targets.length > 0 && (
            <div className="review-field">
              <label htmlFor={`${id}-move`}>Move chosen notes to</label>
              <select id={`${id}-move`} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
                {targets.map(([t, name]) => (
                  <option key={t} value={t}>
                    {name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                onClick={() =>
                  done(
                    review.decide(reviewOperation('moveNotes', { noteIds: picked, to: moveTo })),
                    `${picked.length} notes moved to ${targetName(moveTo)}.`,
                  )
                }
              >
                Move notes
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
