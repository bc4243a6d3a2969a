import { describe, expect, it } from 'vitest';
import type { ApiServer } from '../../../../shared/api/contract';
import { generatedExport } from '../../../../scripts/bench/synthesisData';
import { contentHashOf } from '../../../../electron/services/export/exportService';
import type { SynthesisView } from '../../../../shared/synthesis/types';
import type { ExportFile } from '../../../../shared/export/files';
import { servicesFor } from '../../../helpers/services';
import { tempFolder } from '../../../helpers/tempFolder';

// Releasing a reviewed personal-data finding through the API, as the window does: the synthesis
// is made again with it released, the merged files carry it, and an id that names nothing is refused.

const ctx = { clientId: 'synthesis-release-test' };

async function call<T>(services: ApiServer, method: string, ...args: unknown[]): Promise<T> {
  const result = await services.dispatch(method, args, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('getSynthesis({ releasedPii })', () => {
  it('lists the finding with the words around it, releases it into the files, and refuses an unknown id', async () => {
    const services = await servicesFor(await tempFolder());
    const { contentHash: _old, ...data } = generatedExport(5, 60);
    data.tables[0].name = "Dr Patel's table";
    const text = JSON.stringify({ ...data, contentHash: contentHashOf(data) });
    await call(services, 'addSynthesisFiles', [{ name: 'leeds.json', text }]);

    const before = await call<SynthesisView>(services, 'getSynthesis');
    expect(before.piiReview).toHaveLength(1);
    const [item] = before.piiReview;
    expect(item).toMatchObject({ released: false, excerpt: "Dr Patel's table", finding: { source: 'leeds.json' } });
    expect(JSON.stringify(before.synthesis)).not.toContain('Patel');
    const json = (files: ExportFile[]) => files.find((f) => f.name.endsWith('-synthesis.json'))!.content;
    expect(json(await call<ExportFile[]>(services, 'exportSynthesis'))).not.toContain('Patel');

    const after = await call<SynthesisView>(services, 'getSynthesis', { releasedPii: [item.finding.id] });
    expect(after.piiReview.map((i) => i.released)).toEqual([true]);
    expect(after.synthesis.piiWithheld).toEqual([]);
    expect(json(await call<ExportFile[]>(services, 'exportSynthesis'))).toContain("Dr Patel's table");

    await expect(call(services, 'getSynthesis', { releasedPii: ['nope'] })).rejects.toThrow(
      /No finding in the files read has the id "nope"; nothing was released/,
    );
    // The choice made before stands.
    expect((await call<SynthesisView>(services, 'getSynthesis')).synthesis.piiWithheld).toEqual([]);
  });
});
