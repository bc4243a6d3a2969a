import type { Coding } from '../synthesis/coding';
import {
  SYNTHESIS_PROJECT_SCHEMA_VERSION,
  SYNTHESIS_PROJECT_TYPE,
  type ProjectSource,
  type SynthesisProject,
} from './schema';
import { auditEntry } from './audit';

/** The number after the highest theme id in a coding: where a project's new themes start. */
export function nextThemeNumberOf(coding: Coding, atLeast = 1): number {
  let next = atLeast;
  for (const q of coding.questions) for (const t of q.themes) next = Math.max(next, Number(t.id.slice(2)) + 1);
  return next;
}

/** A new project over the machine's coding of its first exports, its creation logged. */
export function createSynthesisProject(input: {
  id: string;
  name: string;
  at: string;
  analyst?: string;
  sources: ProjectSource[];
  coding: Coding;
  noteGroups: Record<string, string>;
  releasedPii?: string[];
}): SynthesisProject {
  const analyst = input.analyst ?? '';
  return {
    type: SYNTHESIS_PROJECT_TYPE,
    schemaVersion: SYNTHESIS_PROJECT_SCHEMA_VERSION,
    id: input.id,
    name: input.name,
    createdAt: input.at,
    updatedAt: input.at,
    analyst,
    sources: input.sources,
    releasedPii: input.releasedPii ?? [],
    coding: input.coding,
    noteGroups: input.noteGroups,
    unreviewed: [],
    nextThemeNumber: nextThemeNumberOf(input.coding),
    audit: [
      auditEntry(
        input.at,
        analyst,
        'createProject',
        `Project made from ${input.sources.length} export${input.sources.length === 1 ? '' : 's'}`,
      ),
    ],
    undo: [],
    redo: [],
  };
}
