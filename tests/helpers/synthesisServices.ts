import { generatedExport } from '../../scripts/bench/synthesisData';
import type { ApiServer } from '../../shared/api/contract';
import { createServices } from '../../electron/services/services';
import { wordsOnly } from '../../electron/services/synthesis/projectVectors';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { TEMPLATES_DIR } from './services';

// The services as a window reaches them, over a real data folder, for the synthesis project
// tests: themes by shared words (no model load), and calls that throw on a refusal.

const ctx = { clientId: 'synthesis-test' };

export async function servicesOn(dataDir: string): Promise<ApiServer> {
  const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
  return createServices({
    dataDir,
    templates,
    appInfo: { version: 'test', mode: 'browser', schemaVersion: 1 },
    synthesisVectors: wordsOnly,
  });
}

/** The method's result; throws with the services' message when it is refused. */
export async function call<T>(services: ApiServer, method: string, ...args: unknown[]): Promise<T> {
  const result = await services.dispatch(method, args, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The services' message for a call that must be refused; throws if it is not. */
export async function refusal(services: ApiServer, method: string, ...args: unknown[]): Promise<string> {
  const result = await services.dispatch(method, args, ctx);
  if (result.ok) throw new Error(`${method} was expected to be refused`);
  return result.error.message;
}

/** `count` generated exports numbered from `from`, of `notes` notes each, as files dropped on the workspace. */
export const exportFiles = (from: number, count: number, notes: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `event-${from + i}.roundtable-export.json`,
    text: JSON.stringify(generatedExport(from + i, notes)),
  }));
