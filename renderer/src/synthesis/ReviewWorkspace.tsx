import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { codingKey, OTHER, type QuestionCoding } from '../../../shared/synthesis/coding';
import { isTextField } from '../commands/keybindings';
import { announce } from '../a11y/announcer';
import { AuditLog } from './AuditLog';
import { NoteTrace } from './NoteTrace';
import { review, useReviewState } from './reviewStore';
import { ThemeEditor } from './ThemeEditor';
import { ThemeNotes } from './ThemeNotes';

const AUDIENCE = { staff: 'staff', public: 'the public' } as const;

/**
 * The review of the machine's themes, question by question: the analyst's name, progress,
 * undo and redo (Ctrl+Z, Ctrl+Shift+Z), each theme's words, approval, merge, split and moves,
 * its table groups and notes traced to their event, table and zone, and the audit log.
 */
export function ReviewWorkspace({ titles }: { titles: ReadonlyMap<string, string> }) {
  const id = useId();
  const { project, notes, noteGroups, problem } = useReviewState();
  const [questionKey, setQuestionKey] = useState('');
  const [themeId, setThemeId] = useState<string>('');
  const [traced, setTraced] = useState<string | null>(null);
  const [group, setGroup] = useState('');
  // Notes added with later exports since their theme was last approved: shown as new until it is approved again.
  const unreviewed = project?.unreviewed;
  const fresh = useMemo(() => new Set(unreviewed ?? []), [unreviewed]);
  if (!project) return null;
  const progress = project.progress;
  const questions = project.coding.questions.filter((q) => q.themes.length + q.other.length > 0);
  const label = (q: QuestionCoding) => `${titles.get(q.templateId) ?? q.templateId}, ${AUDIENCE[q.audience]}`;
  const newIn = (q: QuestionCoding) =>
    progress.questions.find((p) => p.templateId === q.templateId && p.audience === q.audience)?.unreviewed ?? 0;
  const question = questions.find((q) => codingKey(q.templateId, q.audience) === questionKey) ?? questions[0];
  const theme = question?.themes.find((t) => t.id === themeId) ?? (themeId === OTHER ? null : question?.themes[0]);
  const history = project.history;
  const tracedNote = traced ? notes.get(traced) : undefined;
  const themeOf = (noteId: string) => question?.themes.find((t) => t.noteIds.includes(noteId)) ?? null;

  function onKeyDown(event: KeyboardEvent) {
    if (isTextField(event.target) || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    event.preventDefault();
    const redo = event.shiftKey;
    const label = redo ? history.redo : history.undo;
    void (redo ? review.redo() : review.undo()).then((done) => {
      if (done) announce(redo ? `Redone: ${label}.` : `Undone: ${label}.`);
    });
  }

  function selectTheme(next: string) {
    setThemeId(next);
    setTraced(null);
    setGroup('');
  }

  return (
    <section className="synthesis-question review" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`}>Review the themes</h3>
      <div className="review-bar">
        <label htmlFor={`${id}-analyst`}>Analyst’s name</label>
        <input
          id={`${id}-analyst`}
          defaultValue={project.analyst}
          placeholder="Your name, for the audit log"
          onBlur={(e) => void review.setAnalyst(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void review.setAnalyst(e.currentTarget.value)}
        />
        <button type="button" className="button" disabled={!history.undo} onClick={() => void review.undo()}>
          {history.undo ? `Undo ${history.undo}` : 'Undo'}
        </button>
        <button type="button" className="button" disabled={!history.redo} onClick={() => void review.redo()}>
          {history.redo ? `Redo ${history.redo}` : 'Redo'}
        </button>
      </div>
      <div className="review-progress">
        <progress max={100} value={progress.overall.percent} aria-labelledby={`${id}-progress`} />
        <span id={`${id}-progress`} role="status">
          {progress.overall.label}
          {progress.overall.unreviewed > 0 ? ` · ${progress.overall.unreviewed} new notes not yet reviewed` : ''}
        </span>
      </div>
      {problem && (
        <p className="form-failure" role="alert">
          {problem}
        </p>
      )}
      <div className="review-field">
        <label htmlFor={`${id}-question`}>Question</label>
        <select
          id={`${id}-question`}
          value={question ? codingKey(question.templateId, question.audience) : ''}
          onChange={(e) => {
            setQuestionKey(e.target.value);
            selectTheme('');
          }}
        >
          {questions.map((q) => (
            <option key={codingKey(q.templateId, q.audience)} value={codingKey(q.templateId, q.audience)}>
              {label(q)}
              {newIn(q) > 0 ? ` (${newIn(q)} new)` : ''}
            </option>
          ))}
        </select>
      </div>
      {question && (
        <div className="review-columns">
          <ul className="review-themes" aria-label={`Themes of ${label(question)}`}>
            {[...question.themes.map((t) => t.id), OTHER].map((tid) => {
              const t = question.themes.find((x) => x.id === tid);
              const ids = t ? t.noteIds : question.other;
              const count = ids.length;
              const unseen = fresh.size > 0 ? ids.filter((n) => fresh.has(n)).length : 0;
              const current = t ? t.id === theme?.id : theme === null;
              return (
                <li key={tid}>
                  <button
                    type="button"
                    className="review-theme-button"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => selectTheme(tid)}
                    onKeyDown={(e) => {
                      const to = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
                      if (!to) return;
                      e.preventDefault();
                      const li = e.currentTarget.parentElement;
                      const next = (to > 0 ? li?.nextElementSibling : li?.previousElementSibling)?.querySelector(
                        'button',
                      );
                      next?.focus();
                    }}
                  >
                    {t ? t.headline : 'Other (each a view of its own)'} <span className="review-count">{count}</span>
                    {t?.approved && <span className="review-approved"> ✓ approved</span>}
                    {unseen > 0 && (
                      <span className="review-new">
                        {' '}
                        · {unseen} new{t?.approved ? ' since' : ''}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="review-detail">
            <h4>{theme ? theme.headline : 'Other'}</h4>
            {theme && (
              <ThemeEditor
                key={`editor-${theme.id}`}
                theme={theme}
                question={question}
                unseen={theme.noteIds.filter((n) => fresh.has(n)).length}
              />
            )}
            <ThemeNotes
              key={theme?.id ?? OTHER}
              question={question}
              theme={theme ?? null}
              notes={notes}
              fresh={fresh}
              noteGroups={noteGroups}
              group={group}
              onGroup={setGroup}
              onTrace={setTraced}
            />
            {tracedNote && (
              <NoteTrace
                note={tracedNote}
                theme={themeOf(tracedNote.noteId)}
                onGroup={(groupId) => {
                  setThemeId(themeOf(tracedNote.noteId)?.id ?? OTHER);
                  setGroup(groupId);
                  announce(`Showing the notes of the table group ${tracedNote.group}.`);
                }}
                onTheme={(tid) => selectTheme(tid ?? OTHER)}
                onQuote={() => {
                  const owner = themeOf(tracedNote.noteId);
                  if (!owner) return;
                  void review
                    .decide({ name: 'pickQuote', args: { themeId: owner.id, noteId: tracedNote.noteId } })
                    .then((done) => done && announce('Quote picked.'));
                }}
              />
            )}
          </div>
        </div>
      )}
      <AuditLog project={project} />
    </section>
  );
}
