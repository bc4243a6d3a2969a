import { describe, expect, it } from 'vitest';
import { API, API_METHODS } from '../../../shared/api/contract';
import { createServices } from '../../../electron/services/services';
import { loadTemplateLibrary } from '../../../electron/services/templates/templateLibrary';
import { tempFolder } from '../../helpers/tempFolder';
import { TEMPLATES_DIR } from '../../helpers/services';

// The services as composed from their areas: a handler for every method the API defines, one
// dispatcher in front of them, and the capabilities only a host has (the desktop app's PDF
// printer) passed in rather than patched on.

const ctx = { clientId: 'test' };

async function services(printPdf?: (html: string) => Promise<string>) {
  const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
  return createServices({
    dataDir: await tempFolder(),
    templates,
    appInfo: { version: 'test', mode: 'desktop', schemaVersion: 1 },
    printPdf,
  });
}

describe('the composed services', () => {
  it('have a handler for every method the API defines, and the dispatcher reaches each one', async () => {
    const s = await services();
    for (const method of API_METHODS) expect(typeof s[method], method).toBe('function');
    // Each method, called with arguments its schema refuses, is refused by its own schema, by name.
    const refusals = await Promise.all(
      API_METHODS.map((m) => s.dispatch(m, [Symbol.for('junk') as never, 1, 2, 3, 4, 5, 6], ctx)),
    );
    refusals.forEach((result, i) => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain(API_METHODS[i]);
    });
    expect(Object.keys(API)).toEqual(API_METHODS);
  });

  it('print the report with the printer they are given, and answer null without one (browser mode)', async () => {
    const printed: string[] = [];
    const desktop = await services(async (html) => {
      printed.push(html);
      return 'JVBERi0=';
    });
    expect(await desktop.dispatch('reportToPdf', ['<p>Report</p>'], ctx)).toEqual({ ok: true, value: 'JVBERi0=' });
    expect(printed).toEqual(['<p>Report</p>']);
    expect(await (await services()).dispatch('reportToPdf', ['<p>Report</p>'], ctx)).toEqual({ ok: true, value: null });
  });

  it('answer a printer that fails with an error that names the method, and carry on', async () => {
    const desktop = await services(async () => {
      throw new Error('printToPDF failed');
    });
    const result = await desktop.dispatch('reportToPdf', ['<p>Report</p>'], ctx);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/reportToPdf: printToPDF failed/) },
    });
    expect(await desktop.dispatch('listSessions', [], ctx)).toEqual({ ok: true, value: [] });
  });
});
