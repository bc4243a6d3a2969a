import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCustomTemplate, type CustomExerciseInput } from '../../../../shared/templates/custom';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import { operation } from '../../../../shared/operations/registry';
import { tempFolder } from '../../../helpers/tempFolder';
import { EVENT, startedServicesForTests, TEMPLATES_DIR } from '../../../helpers/services';

const ctx = { clientId: 'test' };
const { start, stop } = startedServicesForTests('browser');

const INPUT: CustomExerciseInput = {
  title: 'What would help?',
  prompt: 'What would help you work in the community?',
  zones: ['Training', 'Transport', 'Time'],
  layout: 'columns',
  voting: { kind: 'dots', perParticipant: 3, perItem: 1 },
};

describe('the user’s own templates', () => {
  it('are saved in the data folder, listed after the shipped ones and marked as the user’s, and still there after a restart', async () => {
    const dataDir = await tempFolder();
    const first = await start(dataDir);
    const shippedCount = (await first.service.listTemplates()).length;
    const template = buildCustomTemplate(INPUT, new Set(), '2025-03-04');
    const saved = await first.service.saveTemplate(ctx, template);
    expect(saved).toMatchObject({ id: 'custom.what_would_help', origin: 'own' });
    expect(JSON.parse(await readFile(path.join(dataDir, 'templates', 'custom.what_would_help.json'), 'utf-8'))).toEqual(
      template,
    );
    await stop(first);

    const second = await start(dataDir);
    const listed = await second.service.listTemplates();
    expect(listed).toHaveLength(shippedCount + 1);
    expect(listed.slice(0, shippedCount).every((t) => t.origin === 'shipped')).toBe(true);
    expect(listed.at(-1)).toEqual({ ...template, origin: 'own' });
    expect(second.problems).toEqual([]);

    // It runs like any template: three zones, dot voting with the limits given.
    const doc = await second.service.createSession(ctx, EVENT);
    const added = instantiateTemplate(doc, listed.at(-1)!, '2025-03-04T09:00:00.000Z');
    await second.service.applyOperation(ctx, doc.id, operation('addExercise', added));
    const opened = await second.service.openSession(ctx, doc.id);
    expect(Object.values(opened.zones).map((z) => z.label)).toEqual(['Training', 'Transport', 'Time']);
    expect(Object.values(opened.exercises)[0].voting?.dots).toEqual({ perParticipant: 3, perItem: 1, perZone: false });
  });

  it('refuse a shipped template’s id, an id without “custom.”, an invalid template and an oversized one, and write nothing', async () => {
    const dataDir = await tempFolder();
    const { service } = await start(dataDir);
    const shipped = (await service.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
    const { origin: _origin, ...asTemplate } = shipped;
    await expect(service.saveTemplate(ctx, asTemplate)).rejects.toThrow(/comes with Roundtable and cannot be replaced/);
    await expect(service.saveTemplate(ctx, { ...asTemplate, id: 'mine.benefits' })).rejects.toThrow(
      /must begin with “custom\.”/,
    );
    const template = buildCustomTemplate(INPUT, new Set(), '2025-03-04');
    await expect(service.saveTemplate(ctx, { ...template, zones: [], layout: { kind: 'fromTo' } })).rejects.toThrow(
      /exactly two zones/,
    );
    await expect(
      service.saveTemplate(ctx, { ...template, source: { ...template.source, promptSource: 'seed' } }),
    ).rejects.toThrow(/cites no deck/);
    const card = { zone: null, group: null, text: 'x'.repeat(1_990), kind: 'stimulus' as const };
    const huge = { ...template, subPrompts: [], referenceCards: Array.from({ length: 200 }, () => card), tags: [] };
    const many = { ...huge, prompt: 'y'.repeat(1_990), subPrompts: Array.from({ length: 6 }, () => 'z'.repeat(1_990)) };
    // 200 cards of ~2,000 characters is ~400 kB: within the limit, so it saves; three times that is refused below.
    await expect(service.saveTemplate(ctx, many)).resolves.toMatchObject({ origin: 'own' });
    const bigCard = { ...card, text: '€'.repeat(1_990) }; // Three bytes each in UTF-8: ~1.2 MB in all, over the 1 MB a template may be.
    await expect(
      service.saveTemplate(ctx, {
        ...huge,
        id: 'custom.huge',
        referenceCards: Array.from({ length: 200 }, () => bigCard),
      }),
    ).rejects.toThrow(/too large/);
    expect(await readdir(path.join(dataDir, 'templates'))).toEqual(['custom.what_would_help.json']);
  });

  it('delete the user’s own only, moving the file aside', async () => {
    const dataDir = await tempFolder();
    const { service } = await start(dataDir);
    await service.saveTemplate(ctx, buildCustomTemplate(INPUT, new Set(), '2025-03-04'));
    await expect(service.deleteTemplate(ctx, 'h2c.d2.ex1')).rejects.toThrow(/cannot be deleted/);
    await expect(service.deleteTemplate(ctx, 'custom.not_there')).rejects.toThrow(/no template of your own/);
    await service.deleteTemplate(ctx, 'custom.what_would_help');
    expect((await service.listTemplates()).some((t) => t.origin === 'own')).toBe(false);
    expect(await readdir(path.join(dataDir, 'templates'))).toEqual([]);
    expect(await readdir(path.join(dataDir, 'deleted', 'templates'))).toEqual([
      expect.stringMatching(/^custom\.what_would_help\..+\.json$/),
    ]);
  });

  it('report a damaged or shipped-id file in the folder in diagnostics and start all the same', async () => {
    const dataDir = await tempFolder();
    await mkdir(path.join(dataDir, 'templates'), { recursive: true });
    await writeFile(path.join(dataDir, 'templates', 'custom.broken.json'), '{"type": "roundtable.template", ');
    const shipped = JSON.parse(await readFile(path.join(TEMPLATES_DIR, 'h2c.d2.ex1.json'), 'utf-8'));
    await writeFile(
      path.join(dataDir, 'templates', 'h2c.d2.ex1.json'),
      JSON.stringify({ ...shipped, title: 'Impostor' }),
    );
    const good = buildCustomTemplate(INPUT, new Set(), '2025-03-04');
    await writeFile(path.join(dataDir, 'templates', `${good.id}.json`), JSON.stringify(good));

    const started = await start(dataDir);
    const listed = await started.service.listTemplates();
    expect(listed.filter((t) => t.origin === 'own').map((t) => t.id)).toEqual([good.id]);
    expect(listed.find((t) => t.id === 'h2c.d2.ex1')?.title).not.toBe('Impostor');
    expect(started.problems).toEqual([
      expect.stringMatching(/your templates folder.*custom\.broken\.json/i),
      expect.stringMatching(/h2c\.d2\.ex1\.json has the id of a template that comes with Roundtable/),
    ]);
    const diagnostics = await started.service.getDiagnostics();
    expect(diagnostics.recentErrors.map((e) => e.where)).toEqual(['startup', 'startup']);
  });
});
