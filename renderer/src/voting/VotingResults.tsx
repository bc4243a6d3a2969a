import { useId } from 'react';
import type { SessionDocument, VotingSettings } from '../../../shared/document/schema';
import { zonesOfBoard } from '../../../shared/document/geometry';
import type { BoardId } from '../../../shared/ids';
import { dotTally, ratingDistribution, stanceTally } from '../../../shared/voting/tallies';
import { meanRating } from '../../../shared/voting/typedCounts';
import { hasVotes } from './votingState';

interface VotingResultsProps {
  doc: SessionDocument;
  boardId: BoardId;
  settings: VotingSettings;
  /** The level of this block's section headings (3 inside a dialog, 4 inside the list view's zone-level sections). */
  headingLevel: 3 | 4;
}

const QUOTE = 90;
/** A note's text short enough for a table row. */
export function noteLabel(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (!flat) return 'Empty note';
  return flat.length > QUOTE ? `${flat.slice(0, QUOTE)}…` : flat;
}

/** Why there are no results to see yet, or null once they are revealed. */
export function hiddenResultsMessage(doc: SessionDocument, boardId: BoardId): string | null {
  const phase = doc.boards[boardId]?.voting;
  if (phase === 'revealed') return null;
  if (phase === 'open') return 'Results hidden until the facilitator reveals them.';
  return hasVotes(doc, boardId)
    ? 'Voting is closed and its results are hidden. Reveal them to show the counts.'
    : 'Voting has not been opened on this board yet.';
}

function Bar({ value, max }: { value: number; max: number }) {
  return (
    <span className="vote-bar" aria-hidden="true">
      <span className="vote-bar-fill" style={{ width: `${max > 0 ? (100 * value) / max : 0}%` }} />
    </span>
  );
}

/**
 * The results of a board's voting as tables a screen reader can walk: dots per note,
 * each zone's rating distribution and mean, stances before and after. Nothing but a
 * notice while they are hidden, so no count shows before the facilitator reveals them.
 */
export function VotingResults({ doc, boardId, settings, headingLevel }: VotingResultsProps) {
  const id = useId();
  const hidden = hiddenResultsMessage(doc, boardId);
  if (hidden) {
    return (
      <p className="voting-hidden" role="status">
        {hidden}
      </p>
    );
  }
  const H = `h${headingLevel}` as const;
  const tally = dotTally(doc, boardId);
  const dotted = [...tally].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const maxDots = Math.max(0, ...dotted.map(([, n]) => n));
  const zones = zonesOfBoard(doc, boardId);
  const scale = settings.rating?.scale ?? 0;
  const values = Array.from({ length: scale }, (_, i) => i + 1);
  return (
    <div className="voting-results">
      {settings.dots && (
        <section aria-labelledby={`${id}-dots`}>
          <H id={`${id}-dots`} className="voting-results-title">
            Dots
          </H>
          {dotted.length === 0 ? (
            <p>No dots were cast.</p>
          ) : (
            <table className="voting-table">
              <thead>
                <tr>
                  <th scope="col">Note</th>
                  <th scope="col">Zone</th>
                  <th scope="col">Dots</th>
                </tr>
              </thead>
              <tbody>
                {dotted.map(([noteId, n]) => {
                  const note = doc.notes[noteId];
                  return (
                    <tr key={noteId}>
                      <th scope="row">{noteLabel(note?.text ?? '')}</th>
                      <td>{(note?.zoneId && doc.zones[note.zoneId]?.label) || 'No zone'}</td>
                      <td className="voting-count">
                        <span>{n}</span>
                        <Bar value={n} max={maxDots} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      )}
      {settings.rating && (
        <section aria-labelledby={`${id}-rating`}>
          <H id={`${id}-rating`} className="voting-results-title">
            {settings.rating.question}
          </H>
          <p className="voting-results-hint">How many gave each rating, 1 (least) to {scale} (most), and the mean.</p>
          <table className="voting-table">
            <thead>
              <tr>
                <th scope="col">Zone</th>
                {values.map((v) => (
                  <th scope="col" key={v}>
                    <span className="visually-hidden">Rated </span>
                    {v}
                  </th>
                ))}
                <th scope="col">Ratings</th>
                <th scope="col">Mean</th>
              </tr>
            </thead>
            <tbody>
              {zones.map((zone) => {
                const counts = ratingDistribution(doc, boardId, zone.id, scale);
                const total = counts.reduce((a, b) => a + b, 0);
                const mean = meanRating(counts);
                const most = Math.max(...counts);
                return (
                  <tr key={zone.id}>
                    <th scope="row">{zone.label}</th>
                    {counts.map((n, i) => (
                      <td key={i} className="voting-count">
                        <span>{n}</span>
                        <Bar value={n} max={most} />
                      </td>
                    ))}
                    <td>{total}</td>
                    <td>{mean === null ? 'none' : mean.toFixed(1)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      {settings.stance && (
        <StanceTable doc={doc} boardId={boardId} options={settings.stance.options} headingId={`${id}-stance`} H={H} />
      )}
    </div>
  );
}

function StanceTable({
  doc,
  boardId,
  options,
  headingId,
  H,
}: {
  doc: SessionDocument;
  boardId: BoardId;
  options: string[];
  headingId: string;
  H: 'h3' | 'h4';
}) {
  const before = stanceTally(doc, boardId, 'before');
  const after = stanceTally(doc, boardId, 'after');
  return (
    <section aria-labelledby={headingId}>
      <H id={headingId} className="voting-results-title">
        Stance
      </H>
      <table className="voting-table">
        <thead>
          <tr>
            <th scope="col">Stance</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {options.map((option) => (
            <tr key={option}>
              <th scope="row">{option}</th>
              <td>{before.get(option) ?? 0}</td>
              <td>{after.get(option) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
