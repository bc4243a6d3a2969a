import { describe, expect, it } from 'vitest';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import type { Synthesis } from '../../../shared/synthesis/types';
import { allSynthesisFiles } from '../../../electron/synthesis/synthesiseFiles';
import { EVENT_A, EVENT_B } from '../../shared/synthesis/handMade';
import { HAND_CODING } from '../../shared/synthesis/outputs/codings';

// A table's group has a chosen quote (its table picked one note to speak for the group). The
// report, the synthesis JSON and the workspace quote it under its theme; the codebook and the
// coded notes must quote the same notes, or a central team's codebook has no quotes at all
// where the report has three.

describe('the quotes of the codebook and the coded notes', () => {
  it('are the notes the synthesis quotes, a table group’s chosen quote among them', async () => {
    const builder = new SynthesisBuilder();
    builder.add(EVENT_A, 'a.json');
    builder.add(EVENT_B, 'b.json');
    const files = await allSynthesisFiles(builder, {
      generatedAt: '2026-12-03T12:00:00.000Z',
      appVersion: 'test',
      coding: HAND_CODING,
      raw: true,
    });
    const json = (end: string) => JSON.parse(files.find((f) => f.name.endsWith(end))!.content);
    const synthesis = json('-raw-synthesis.json') as Synthesis;
    const codebook = json('-raw-synthesis-codebook.json') as {
      themes: { themeId: string; audience: string; quotes: { noteId: string; text: string }[] }[];
    };
    let compared = 0;
    for (const q of synthesis.questions)
      for (const audience of ['staff', 'public'] as const)
        for (const theme of q.themes[audience]) {
          const entry = codebook.themes.find((t) => t.themeId === theme.id && t.audience === audience)!;
          expect(entry.quotes.map((x) => x.text).sort()).toEqual(theme.quotes.map((x) => x.text).sort());
          compared += theme.quotes.length;
        }
    expect(compared).toBeGreaterThan(1);
    // note:a1 is its table group's chosen quote, not marked as a quote on its own.
    const staffing = codebook.themes.find((t) => t.themeId === 't-1')!;
    expect(staffing.quotes.map((x) => x.noteId)).toContain('note:a1');
    const coded = files.find((f) => f.name.endsWith('-raw-synthesis-coded-notes.csv'))!.content.split('\n');
    const header = coded[0].split(',');
    const a1 = coded.find((line) => line.startsWith('note:a1,'))!.split(',');
    expect(a1[header.indexOf('is_quote')]).toBe('true');
  });
});
