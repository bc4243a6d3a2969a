import { describe, expect, it } from 'vitest';
import { sessionReportHtml } from '../../../shared/report/sessionReport';
import { exportSessionDocument } from '../../../electron/services/export/exportService';
import type { SessionExport } from '../../../shared/export/schema';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../fixtures/exportSession';

// The printable report a facilitator hands over: each table's themes as headline, then
// sub-points, then the quote with one label; the notes in no theme; the votes as counts.

const data = JSON.parse(
  exportSessionDocument(exportFixtureSession(), { ...FIXTURE_EXPORT, review: null }).files[0].content,
) as SessionExport;
const html = sessionReportHtml(data);
const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the session report', () => {
  it('lays each theme out headline → sub-points → quote, the quote labelled with one staff group', () => {
    const order = [
      'Care closer to home',
      'Fewer missed appointments',
      'Transport still matters',
      '“Care closer to home, fewer missed appointments”',
      'Nurse',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists the notes in no theme, never the reference cards, and the votes as counts', () => {
    expect(text).toContain('Not in a theme (&lt;5)');
    expect(text).toContain('Lone working risk on rural visits');
    expect(text).not.toContain('Stimulus: 40% of outpatient visits');
    expect(text).toMatch(/Most dotted notes .*Lone working risk on rural visits &lt;5/);
    // Four ratings: each count and the total read "<5", and no mean sits beside them.
    expect(text).toContain('Readiness: rated by &lt;5 (1: 0, 2: &lt;5, 3: 0, 4: &lt;5, 5: 0)');
  });

  it('is self-contained and safe: no script, no external file, text escaped', () => {
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(html).toContain('=HYPERLINK(&quot;http://example.invalid&quot;)');
    expect(html).toContain('Counts from 1 to 4 are shown as');
  });
});
