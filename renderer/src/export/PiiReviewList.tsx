import { PII_KIND_LABELS } from '../../../shared/export/pii';
import type { PiiDecision, PiiFlag } from '../../../shared/export/review';

interface PiiReviewListProps {
  flags: readonly PiiFlag[];
  decisions: Readonly<Record<string, PiiDecision>>;
  onDecide(flagId: string, decision: PiiDecision): void;
}

/** The field's text (a note, a headline, a table name…) with the flagged part marked, trimmed around it when the note is long. */
function FlagInContext({ flag }: { flag: PiiFlag }) {
  const before = flag.fieldText.slice(Math.max(0, flag.start - 80), flag.start);
  const after = flag.fieldText.slice(flag.end, flag.end + 80);
  return (
    <p className="export-flag-text">
      {flag.start > 80 && '…'}
      {before}
      <mark>{flag.text}</mark>
      {after}
      {flag.end + 80 < flag.fieldText.length && '…'}
    </p>
  );
}

/** One group of Redact / Keep radio buttons per flag, each named for what was found. */
export function PiiReviewList({ flags, decisions, onDecide }: PiiReviewListProps) {
  return (
    <ol className="export-flags" aria-label="Possible personal details">
      {flags.map((flag, index) => (
        <li key={flag.id} className="export-flag" id={`export-flag-${index}`}>
          <fieldset>
            <legend>
              {index + 1}. Possible {PII_KIND_LABELS[flag.kind]}: <span className="export-flag-found">{flag.text}</span>
              {flag.where !== 'Note' && <span className="export-flag-where"> (in {flag.where.toLowerCase()})</span>}
            </legend>
            <FlagInContext flag={flag} />
            <div className="export-flag-choices">
              {(['redact', 'keep'] as const).map((decision) => (
                <label key={decision}>
                  <input
                    type="radio"
                    name={`flag-${flag.id}`}
                    value={decision}
                    checked={decisions[flag.id] === decision}
                    onChange={() => onDecide(flag.id, decision)}
                  />
                  {decision === 'redact' ? 'Redact' : 'Keep'}
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
