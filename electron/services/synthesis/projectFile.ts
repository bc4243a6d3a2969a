import type { Result } from '../../../shared/result';
import { loadSynthesisProject, type SynthesisProject } from '../../../shared/synthesisProject';
import { readTextFile } from '../dataFolder/durableJsonFile';

/** A project file larger than this is refused unread (a national project is some tens of MB). */
const MAX_PROJECT_BYTES = 1024 * 1024 * 1024;

/** The project `id` read from `file`: every way it cannot be, in words, and the file left as it is. */
export async function readProjectFile(file: string, id: string): Promise<Result<SynthesisProject>> {
  const what = `The synthesis project file ${file}`;
  const read = await readTextFile(file, MAX_PROJECT_BYTES);
  if (read.kind === 'missing')
    return {
      ok: false,
      error: { code: 'not-found', message: `There is no synthesis project ${id} (${file} does not exist).` },
    };
  if (read.kind === 'too-large')
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `${what} is ${read.bytes} bytes, more than a project can be; it was not opened and is unchanged.`,
      },
    };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `${what} is not valid JSON (${(error as Error).message}); it was not opened and is unchanged. Restore it from a backup, or make the project again from its exports.`,
      },
    };
  }
  const loaded = loadSynthesisProject(json, what);
  if (!loaded.ok)
    return {
      ok: false,
      error: { ...loaded.error, message: `${loaded.error.message} It was not opened and is unchanged.` },
    };
  if (loaded.value.project.id !== id)
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `${what} holds the project ${loaded.value.project.id}, not ${id}; it was not opened and is unchanged.`,
      },
    };
  return { ok: true, value: loaded.value.project };
}
