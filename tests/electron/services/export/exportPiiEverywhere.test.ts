import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportSessionWithWorkbook } from '../../../../electron/services/export/exportService';
import { synthesisWorkbook } from '../../../../electron/services/synthesis/synthesisWorkbook';
import { SessionDocumentSchema, type SessionDocument } from '../../../../shared/document/schema';
import type { ExportFile } from '../../../../shared/export/files';
import { findPii } from '../../../../shared/export/pii';
import { piiFlagsOf } from '../../../../shared/export/review';
import type { SessionExport } from '../../../../shared/export/schema';
import { sessionReportHtml } from '../../../../shared/report/sessionReport';
import { SynthesisBuilder } from '../../../../shared/synthesis/builder';
import { synthesisFiles } from '../../../../shared/synthesis/files';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../../fixtures/exportSession';

// Personal data outside note text: a name in a group's sub-point, a postcode in a zone's
// name, an email in the event's location. One check covers every free-text field at export
// (the facilitator's review) and again at synthesis (withheld until reviewed), and nothing it
// finds reaches a file people read: the JSON, the CSVs, the workbook, the event report, or
// any of the synthesis's files.

/** Every file's text, the workbooks unzipped. */
function textOf(files: readonly ExportFile[]): string {
  return files
    .map((f) =>
      f.encoding === 'base64'
        ? Object.values(unzipSync(Buffer.from(f.content, 'base64')))
            .map((bytes) => strFromU8(bytes))
            .join('\n')
        : f.content,
    )
    .join('\n');
}

const redactAll = (doc: SessionDocument) => Object.fromEntries(piiFlagsOf(doc).map((f) => [f.id, 'redact' as const]));

async function exportedText(doc: SessionDocument, review: Record<string, 'redact' | 'keep'> | null) {
  const result = await exportSessionWithWorkbook(doc, { ...FIXTURE_EXPORT, review });
  const data = JSON.parse(result.files[0].content) as SessionExport;
  return { data, text: textOf(result.files) + sessionReportHtml(data) };
}

async function synthesisedText(data: SessionExport) {
  const builder = new SynthesisBuilder();
  builder.add(data, 'leeds.roundtable-export.json');
  const synthesis = builder.result();
  const options = { generatedAt: '2026-03-20T09:00:00.000Z', appVersion: 'test' };
  const files = [
    ...synthesisFiles(synthesis, builder.noteRows(), options),
    await synthesisWorkbook(synthesis, builder.noteRows(), options.generatedAt),
  ];
  return { synthesis, text: textOf(files) };
}

type Field = (doc: Record<string, any>, text: string) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
const FIELDS: Record<string, Field> = {
  'event name': (d, t) => (d.event.name = t),
  'event location': (d, t) => (d.event.location = t),
  facilitator: (d, t) => (d.event.facilitator = t),
  'table name': (d, t) => (d.tables['table:t1'].name = t),
  'exercise title': (d, t) => (d.exercises['exercise:e1'].title = t),
  'exercise question': (d, t) => (d.exercises['exercise:e2'].prompt = t),
  'zone name': (d, t) => (d.zones['zone:t1b'].label = t),
  'rated zone name': (d, t) => (d.zones['zone:r1'].label = t),
  'group headline': (d, t) => (d.clusters['cluster:c1'].headline = t),
  'group sub-point': (d, t) => (d.clusters['cluster:c1'].subPoints[1] = t),
  'quoted note': (d, t) => (d.notes['note:n1'].text = t),
  note: (d, t) => (d.notes['note:n3'].text = t),
  'reference card': (d, t) => (d.notes['note:ref1'].text = t),
};

function withText(field: string, text: string): SessionDocument {
  const doc = structuredClone(exportFixtureSession()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  FIELDS[field](doc, text);
  return SessionDocumentSchema.parse(doc);
}

describe('personal data in every free-text field', () => {
  it('reproduction: "Dr Patel’s team lost 3 nurses" as a sub-point is flagged, and redacted from every export file', async () => {
    const doc = withText('group sub-point', 'Dr Patel’s team lost 3 nurses');
    const flags = piiFlagsOf(doc);
    expect(flags.map((f) => [f.kind, f.text, f.where])).toEqual([['name', 'Patel', 'Sub-point 2 of a group']]);
    expect(flags[0].id).toBe('cluster:c1/subPoint/1@3-8');
    await expect(exportedText(doc, {})).rejects.toThrow(/1 possible personal detail was not reviewed/);
    const { data, text } = await exportedText(doc, redactAll(doc));
    expect(data.clusters[0].subPoints[1]).toBe('Dr [redacted name]’s team lost 3 nurses');
    expect(text).toContain('[redacted name]’s team lost 3 nurses');
    expect(text).not.toContain('Patel');
    expect(doc.clusters['cluster:c1' as never].subPoints[1]).toContain('Patel'); // the session keeps it
  });

  it('reproduction: at synthesis, a kept or unchecked sub-point is withheld from every file and counted with where it was', async () => {
    const doc = withText('group sub-point', 'Dr Patel’s team lost 3 nurses');
    for (const review of [null, { 'cluster:c1/subPoint/1@3-8': 'keep' as const }]) {
      const { data } = await exportedText(doc, review);
      expect(JSON.stringify(data)).toContain('Patel'); // the facilitator kept it, or no check ran
      const { synthesis, text } = await synthesisedText(data);
      expect(text).not.toContain('Patel');
      expect(text).toContain('Dr [withheld name]’s team lost 3 nurses');
      expect(synthesis.piiWithheld).toEqual([
        {
          id: 'session:leeds2026/cluster:c1/subPoint/1@3-8',
          source: 'leeds.roundtable-export.json',
          sessionId: 'session:leeds2026',
          field: 'cluster:c1/subPoint/1',
          where: 'Sub-point 2 of a group',
          kind: 'name',
        },
      ]);
      expect(text).toContain('Withheld until reviewed');
    }
  });

  it('releases a finding an organiser has reviewed, by its id, and only that one', async () => {
    const doc = withText('group sub-point', 'Dr Patel and Dr Okafor');
    const { data } = await exportedText(doc, null);
    const builder = new SynthesisBuilder({ releasedPii: ['session:leeds2026/cluster:c1/subPoint/1@3-8'] });
    builder.add(data, 'leeds.json');
    expect(builder.result().piiWithheld.map((f) => f.field)).toEqual(['cluster:c1/subPoint/1']);
    const { text } = { text: JSON.stringify(builder.result()) };
    expect(text).toContain('Dr Patel and Dr [withheld name]');
  });

  it('flags full and outward-only postcodes, and not the words that look like them', () => {
    const found = (text: string) => findPii(text).map((f) => f.text);
    expect(found('Office at EC3M 2TG, patients from SW1Y, WC1X and EC1V')).toEqual([
      'EC3M 2TG',
      'SW1Y',
      'WC1X',
      'EC1V',
    ]);
    expect(found('Moved from LS12 to BS13 9AA; clinic in W1A')).toEqual(['LS12', 'BS13 9AA', 'W1A']);
    for (const ordinary of [
      'The A1 and M62 are gridlocked',
      'B12 injections in Room G12',
      'Q3 figures due on the 3rd, A1 2nd floor',
      'CO2 and CH4 from the boilers',
      'N95 masks, FFP3 fit testing, Band 5 and Band 8a posts, PM2.5 levels',
      'Covid-19, 24/7 cover, a 1:1 ratio, ward 12',
    ])
      expect(found(ordinary), ordinary).toEqual([]);
  });

  it('property: personal data placed in any free-text field never reaches an export file after "Redact all", nor a synthesis file unreviewed', async () => {
    const planted = fc.constantFrom(
      ['Dr Patel', 'Patel'],
      ['Mrs O’Brien', 'O’Brien'],
      ['jo.bloggs@nhs.net', 'jo.bloggs@nhs.net'],
      ['07700 900123', '07700 900123'],
      ['943 476 5919', '943 476 5919'],
      ['EC3M 2TG', 'EC3M 2TG'],
      ['SW1Y', 'SW1Y'],
      ['WC1X', 'WC1X'],
      ['EC1V', 'EC1V'],
      ['LS1 4AB', 'LS1 4AB'],
    );
    const filler = fc.array(fc.constantFrom('staff', 'rota', 'busy', 'the', 'beds', 'over', 'team', 'lost', '3'), {
      maxLength: 3,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(FIELDS)),
        planted,
        filler,
        filler,
        async (field, [pii, found], before, after) => {
          const doc = withText(field, [...before, pii, ...after].join(' '));
          const exported = await exportedText(doc, redactAll(doc));
          expect(exported.text).not.toContain(found);
          const unchecked = await exportedText(doc, null);
          expect(unchecked.text).toContain(found); // no check ran: the export still holds it ...
          const { synthesis, text } = await synthesisedText(unchecked.data);
          expect(text).not.toContain(found); // ... and the synthesis withholds it everywhere
          expect(synthesis.piiWithheld.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
