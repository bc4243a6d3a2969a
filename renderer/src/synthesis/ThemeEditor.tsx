import { useEffect, useId, useState } from 'react';
import type { CodedTheme, QuestionCoding } from '../../../shared/synthesis/coding';
import { reviewOperation } from '../../../shared/synthesisProject/registry';
import { announce } from '../a11y/announcer';
import { review } from './reviewStore';

/**
 * One theme's words and its approval, and merging another theme of the question into it. A theme
 * approved before later exports added notes to it (`unseen`) shows as not approved, with why:
 * approving it again reviews the new notes too.
 */
export function ThemeEditor({
  theme,
  question,
  unseen,
}: {
  theme: CodedTheme;
  question: QuestionCoding;
  unseen: number;
}) {
  const id = useId();
  const [headline, setHeadline] = useState(theme.headline);
  const [definition, setDefinition] = useState(theme.definition);
  const [subPoints, setSubPoints] = useState(theme.subPoints.join('\n'));
  // Undo, redo or another window's decision changes the theme: the fields follow it.
  const savedSubPoints = theme.subPoints.join('\n');
  useEffect(() => setHeadline(theme.headline), [theme.headline]);
  useEffect(() => setDefinition(theme.definition), [theme.definition]);
  useEffect(() => setSubPoints(savedSubPoints), [savedSubPoints]);
  const others = question.themes.filter((t) => t.id !== theme.id);
  const [mergeChoice, setMergeFrom] = useState('');
  const mergeFrom = others.some((t) => t.id === mergeChoice) ? mergeChoice : (others[0]?.id ?? '');

  // The box shows the choice at once; the services' answer (saved, or why not) then stands.
  const [approving, setApproving] = useState<boolean | null>(null);
  const reviewed = theme.approved && unseen === 0;

  function decide(op: Parameters<typeof review.decide>[0], said: string) {
    return review.decide(op).then((done) => {
      if (done) announce(said);
    });
  }

  return (
    <div className="review-theme-editor">
      <label className="switch-row">
        <input
          type="checkbox"
          checked={approving ?? reviewed}
          aria-describedby={theme.approved && unseen > 0 ? `${id}-since` : undefined}
          onChange={(e) => {
            const approved = e.target.checked;
            setApproving(approved);
            void decide(
              reviewOperation('setApproved', { themeId: theme.id, approved }),
              `${theme.headline} ${approved ? 'approved' : 'no longer approved'}.`,
            ).finally(() => setApproving(null));
          }}
        />{' '}
        Approved
      </label>
      {theme.approved && unseen > 0 && (
        <p id={`${id}-since`} className="review-since">
          Approved before {unseen} new note{unseen === 1 ? '' : 's'} from later exports joined it: check them, then
          approve it again.
        </p>
      )}
      <form
        className="review-field"
        onSubmit={(e) => {
          e.preventDefault();
          void decide(reviewOperation('renameTheme', { themeId: theme.id, headline }), `Theme renamed to ${headline}.`);
        }}
      >
        <label htmlFor={`${id}-headline`}>Headline</label>
        <input id={`${id}-headline`} value={headline} onChange={(e) => setHeadline(e.target.value)} />
        <button type="submit" className="button" disabled={headline.trim() === theme.headline}>
          Rename
        </button>
      </form>
      <div className="review-field">
        <label htmlFor={`${id}-definition`}>Definition: what belongs in this theme</label>
        <textarea id={`${id}-definition`} rows={2} value={definition} onChange={(e) => setDefinition(e.target.value)} />
        <button
          type="button"
          className="button"
          disabled={definition.trim() === theme.definition}
          onClick={() =>
            void decide(reviewOperation('defineTheme', { themeId: theme.id, definition }), 'Definition saved.')
          }
        >
          Save definition
        </button>
      </div>
      <div className="review-field">
        <label htmlFor={`${id}-subpoints`}>Sub-points, one a line</label>
        <textarea id={`${id}-subpoints`} rows={3} value={subPoints} onChange={(e) => setSubPoints(e.target.value)} />
        <button
          type="button"
          className="button"
          onClick={() =>
            void decide(
              reviewOperation('setSubPoints', {
                themeId: theme.id,
                subPoints: subPoints
                  .split('\n')
                  .map((s) => s.trim())
                  .filter(Boolean),
              }),
              'Sub-points saved.',
            )
          }
        >
          Save sub-points
        </button>
      </div>
      {others.length > 0 && (
        <div className="review-field">
          <label htmlFor={`${id}-merge`}>Merge into this theme</label>
          <select id={`${id}-merge`} value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)}>
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                {t.headline} ({t.noteIds.length} notes)
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={!mergeFrom}
            onClick={() =>
              void decide(
                reviewOperation('mergeThemes', { into: theme.id, from: [mergeFrom] }),
                `Merged into ${theme.headline}.`,
              )
            }
          >
            Merge
          </button>
        </div>
      )}
    </div>
  );
}
