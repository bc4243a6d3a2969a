import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportSessionDocument } from '../../../../electron/services/export/exportService';
import { csvCell, NOTES_CSV_HEADER, unprotectCell, VOTES_CSV_HEADER } from '../../../../shared/export/csv';
import type { SessionExport } from '../../../../shared/export/schema';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../../fixtures/exportSession';

// The CSVs read back by a real CSV parser (csv-parse, strict RFC 4180) give the export's values.

function files() {
  const result = exportSessionDocument(exportFixtureSession(), { ...FIXTURE_EXPORT, review: {} });
  const [json, notes, votes] = result.files;
  return { data: JSON.parse(json.content) as SessionExport, notes: notes.content, votes: votes.content };
}

const read = (csv: string) =>
  parse(csv, { bom: true, columns: true, relax_quotes: false, record_delimiter: '\r\n' }) as Record<string, string>[];

describe('notes.csv and votes.csv', () => {
  it('start with a UTF-8 byte-order mark and end every line with CRLF', () => {
    const { notes, votes } = files();
    for (const csv of [notes, votes]) {
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
    }
    expect(notes.slice(1).split('\r\n')[0]).toBe(NOTES_CSV_HEADER.join(','));
    expect(votes.slice(1).split('\r\n')[0]).toBe(VOTES_CSV_HEADER.join(','));
  });

  it('give one row per participant note, values equal to the export (commas, quotes, newlines, emoji, Chinese)', () => {
    const { data, notes } = files();
    const rows = read(notes);
    const participant = data.notes.filter((n) => n.countsAsInput);
    expect(rows.map((r) => r.note_id)).toEqual(participant.map((n) => n.id));
    rows.forEach((row, i) => {
      const n = participant[i];
      expect(unprotectCell(row.text)).toBe(n.text);
      expect(row.zone).toBe(n.zoneLabel ?? '');
      expect(row.staff_group).toBe(n.staffGroup ?? '');
      expect(row.sector).toBe(n.sector ?? '');
      expect(row.dots).toBe(n.dots > 0 && n.dots < 5 ? '<5' : String(n.dots)); // as people may read it
    });
    const texts = rows.map((r) => r.text);
    expect(texts).toContain('Patients say "I\'d rather be seen at home", but transport, parking, etc. matter');
    expect(texts).toContain('Lone working risk\non rural visits');
    expect(texts).toContain('Community teams already stretched 😟 — 社区团队');
    expect(rows.find((r) => r.note_id === 'note:n1')).toMatchObject({
      table: 'Table 1',
      cluster_headline: 'Care closer to home',
      is_quote: 'true',
      exercise_order: '1',
    });
    expect(rows.find((r) => r.note_id === 'note:n7')).toMatchObject({ table: 'Room', exercise: 'Digital first' });
    expect(rows.map((r) => r.note_id)).not.toContain('note:ref1');
  });

  it('keep a formula out of Excel: a cell starting with = + - @ gets an apostrophe', () => {
    const { notes } = files();
    const row = read(notes).find((r) => r.note_id === 'note:n4')!;
    expect(row.text).toBe('\'=HYPERLINK("http://example.invalid") -5 beds if we move staff');
    expect(['=1+1', '+44', '-5', '@SUM(A1)', 'fine'].map((v) => csvCell(v))).toEqual([
      "'=1+1",
      "'+44",
      "'-5",
      "'@SUM(A1)",
      'fine',
    ]);
    expect(csvCell(-5)).toBe('-5');
  });

  it('give dots per note, each rating value per zone and each stance, as counts, 1 to 4 as "<5"', () => {
    const { votes } = files();
    const rows = read(votes).map((r) => [
      r.table,
      r.revealed,
      r.vote_type,
      r.note_id || r.zone || r.option,
      r.rating,
      r.phase,
      r.count,
    ]);
    expect(rows).toEqual([
      ['Table 1', 'true', 'dot', 'note:n1', '', '', '<5'],
      ['Table 1', 'true', 'dot', 'note:n3', '', '', '<5'],
      ...['0', '<5', '0', '<5', '0'].map((count, i) => [
        'Room',
        'false',
        'rating',
        'Readiness',
        String(i + 1),
        '',
        count,
      ]),
      ['Room', 'false', 'stance', 'For', '', 'before', '5'],
      ['Room', 'false', 'stance', 'Against', '', 'before', '0'],
      ['Room', 'false', 'stance', 'Unsure', '', 'before', '0'],
      ['Room', 'false', 'stance', 'For', '', 'after', '0'],
      ['Room', 'false', 'stance', 'Against', '', 'after', '0'],
      ['Room', 'false', 'stance', 'Unsure', '', 'after', '<5'],
    ]);
  });
});
