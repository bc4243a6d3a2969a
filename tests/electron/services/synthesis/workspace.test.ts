import { parse } from 'csv-parse/sync';
import type { ApiServer } from '../../../../shared/api/contract';
import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../../scripts/bench/synthesisData';
import type { SynthesisView } from '../../../../shared/synthesis/types';
import type { ExportFile } from '../../../../shared/export/files';
import { servicesFor } from '../../../helpers/services';
import { tempFolder } from '../../../helpers/tempFolder';

// The Synthesis workspace's services as the window calls them (through the dispatcher, as IPC
// and the WebSocket deliver calls): batches of files in, the synthesis and files out.

const ctx = { clientId: 'synthesis-test' };

async function call<T>(services: ApiServer, method: string, ...args: unknown[]): Promise<T> {
  const result = await services.dispatch(method, args, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('the Synthesis workspace', () => {
  it('adds batches of exports, names each bad file with its reason, skips repeats, and exports the merged files', async () => {
    const services = await servicesFor(await tempFolder());
    const [a, b] = [generatedExport(3, 40), generatedExport(4, 40)];
    const outcomes = await call<{ name: string; outcome: string; message?: string }[]>(services, 'addSynthesisFiles', [
      { name: 'a.json', text: JSON.stringify(a) },
      { name: 'half.json', text: JSON.stringify(b).slice(0, 300) },
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['added', 'bad']);
    expect(outcomes[1].message).toMatch(/"half\.json" is damaged: it is not valid JSON/);
    await call(services, 'addSynthesisFiles', [
      { name: 'b.json', text: JSON.stringify(b) },
      { name: 'a-again.json', text: JSON.stringify(a) },
    ]);
    const view = await call<SynthesisView>(services, 'getSynthesis');
    const participantNotes = [a, b].flatMap((e) => e.notes).filter((n) => n.countsAsInput).length;
    expect(view.synthesis.totals).toMatchObject({ sessions: 2, participantNotes, duplicatesSkipped: 1 });
    expect(view.files.map((f) => `${f.name}:${f.outcome}`)).toEqual([
      'a.json:added',
      'half.json:bad',
      'b.json:added',
      'a-again.json:duplicate',
    ]);

    const files = await call<ExportFile[]>(services, 'exportSynthesis');
    expect(files.map((f) => f.name.replace(/^\d{4}-\d\d-\d\d-/, ''))).toEqual([
      'synthesis.json',
      'synthesis-notes.csv',
      'synthesis-counts.csv',
      'what-staff-have-told-us.html',
      'synthesis-codebook.json',
      'synthesis-codebook.csv',
      'synthesis-coded-notes.csv',
      'synthesis-cross-tabs.csv',
      'synthesis.xlsx',
      'synthesis-coded-notes.parquet',
    ]);
    // The coded notes (a theme or "other" for each note) and the shareable notes: the columns a
    // shareable file has, and no more rows than notes. Two small events withhold every question's
    // counts (fewer than 5 public notes each), so the shareable files leave all their notes out.
    const header = (file: ExportFile) =>
      file.content
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]
        .split(',');
    expect(header(files[6])).toEqual(expect.arrayContaining(['note_id', 'theme_id', 'question', 'audience']));
    expect(header(files[6])).not.toContain('staff_group');
    const coded = parse(files[6].content, { bom: true, columns: true }) as Record<string, string>[];
    expect(coded.length).toBeLessThanOrEqual(participantNotes);
    expect(coded.every((r) => r.theme_id !== '')).toBe(true);
    const shared = parse(files[1].content, { bom: true, columns: true }) as Record<string, string>[];
    expect(shared.length).toBeLessThanOrEqual(participantNotes);
    expect(header(files[1])).not.toContain('staff_group');
    expect(files.map((f) => f.name).join()).not.toContain('raw');

    await call(services, 'clearSynthesis');
    expect((await call<SynthesisView>(services, 'getSynthesis')).synthesis.totals.sessions).toBe(0);
  });
});
