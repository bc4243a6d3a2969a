import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../../../shared/templates/schema';
import { parseWith } from '../../../shared/validation';
import { parseJsonInput, TEMPLATE_FILE_LIMITS } from '../../../shared/inputLimits';
import { readTextFile } from '../dataFolder/durableJsonFile';

export interface TemplateLibrary {
  templates: ExerciseTemplate[];
  /** Files that could not be used, each with the reason; shown in diagnostics, never fatal. */
  problems: string[];
}

/**
 * Reads every `*.json` exercise template in `folder`, keeping the valid ones in id order.
 * `mayBeEmpty`: for the user's own templates, where none is the usual state.
 */
export async function loadTemplateLibrary(folder: string, mayBeEmpty = false): Promise<TemplateLibrary> {
  const templates: ExerciseTemplate[] = [];
  const problems: string[] = [];
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  if (names.length === 0 && !mayBeEmpty) problems.push(`No exercise templates were found in ${folder}.`);
  for (const name of names) {
    let raw: unknown;
    try {
      const read = await readTextFile(path.join(folder, name), TEMPLATE_FILE_LIMITS.bytes);
      const json = read.kind === 'text' ? parseJsonInput(read.text, TEMPLATE_FILE_LIMITS, `Template ${name}`) : null;
      if (!json?.ok) {
        problems.push(
          json
            ? json.error.message
            : `Template ${name} could not be read: it is ${read.kind === 'too-large' ? 'far larger than any template' : 'gone'}.`,
        );
        continue;
      }
      raw = json.value;
    } catch (error) {
      problems.push(`Template ${name} could not be read: ${(error as Error).message}`);
      continue;
    }
    const parsed = parseWith(ExerciseTemplateSchema, raw, `Template ${name}`);
    if (parsed.ok) templates.push(parsed.value);
    else problems.push(parsed.error.message);
  }
  return { templates: templates.sort(inAgendaOrder), problems };
}

// The decks' own running order: the context slides, hospital to community, analogue to
// digital, then the cross-cutting groups. Any other template (a facilitator's own) follows.
const SERIES_ORDER = ['ctx', 'h2c', 'a2d', 'ccg'];

function inAgendaOrder(a: ExerciseTemplate, b: ExerciseTemplate): number {
  const rank = (t: ExerciseTemplate) => {
    const i = SERIES_ORDER.findIndex((prefix) => t.id.startsWith(prefix));
    return i === -1 ? SERIES_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.id.localeCompare(b.id, 'en', { numeric: true });
}
