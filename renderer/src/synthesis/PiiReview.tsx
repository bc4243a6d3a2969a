import { PII_KIND_LABELS } from '../../../shared/export/pii';
import type { PiiReviewItem } from '../../../shared/synthesis/piiWithheld';
import { announce } from '../a11y/announcer';
import { useWorkbench } from '../hooks/workbenchContext';
import { synthesisWorkspace } from './synthesisStore';

/**
 * The possible personal details the synthesis found, each with its file, field, kind and the
 * words around it (shown here only, never written to a file), and a "Release" checkbox: ticked,
 * the synthesis is made again with that finding put back in every output.
 */
export function PiiReview({ items }: { items: readonly PiiReviewItem[] }) {
  const workbench = useWorkbench();
  if (items.length === 0) return null;
  const withheld = items.filter((i) => !i.released).length;

  async function choose(item: PiiReviewItem, released: boolean) {
    await synthesisWorkspace.release(workbench.api, item.finding.id, released);
    announce(`${released ? 'Released' : 'Withheld again'}: ${item.finding.where} in ${item.finding.source}.`);
  }

  return (
    <section aria-labelledby="synthesis-pii-title" className="synthesis-question synthesis-pii">
      <h3 id="synthesis-pii-title">Withheld until reviewed</h3>
      <p className="synthesis-muted">
        {withheld} of {items.length} possible personal detail{items.length === 1 ? '' : 's'} withheld from every output.
        Check each one; release it only if it is not about a person. The text around each is shown on this screen only.
      </p>
      <ul>
        {items.map((item) => {
          const f = item.finding;
          const kind = PII_KIND_LABELS[f.kind];
          return (
            <li key={f.id} className="synthesis-pii-item">
              <label>
                <input
                  type="checkbox"
                  checked={item.released}
                  onChange={(e) => void choose(item, e.target.checked)}
                  aria-label={`Release the ${kind} in ${f.where} of ${f.source}`}
                />{' '}
                Release
              </label>
              <dl>
                <dt>File</dt>
                <dd>{f.source}</dd>
                <dt>Field</dt>
                <dd>{f.where}</dd>
                <dt>Kind</dt>
                <dd>{kind}</dd>
                <dt>Text</dt>
                <dd>
                  <q>{item.excerpt}</q>
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
