import { OTHER, type Coding } from '../synthesis/coding';
import { extendCoding, type CodingNote, type TextVectors } from '../themes/machineCoding';
import type { StemCache } from '../themes/similarity';
import { auditEntry } from './audit';
import { createSynthesisProject } from './create';
import type { ProjectSource, SynthesisProject } from './schema';
import { hasDecisions } from './view';

// A project's notes, first and later: the machine codes the first exports' notes
// (shared/themes/machineCoding.ts); later exports' notes are added to the reviewed coding by
// extendCoding, which moves no coded note and never reuses a theme id, so every decision made
// so far stands. The new notes are marked unreviewed until their theme is approved again.

export interface NotesToCode {
  /** Every participant note of the project's exports, coded or not (the coded ones are what new notes are compared with). */
  notes: readonly CodingNote[];
  vectors: TextVectors;
  /** A table group's sub-points, by its id. */
  subPointsOf?: (groupId: string) => readonly string[];
  /** Each text's stems, kept by the caller between additions so only new texts are stemmed (same coding either way). */
  stems?: StemCache;
}

/** `into` with every grouped note's table group; `into` itself when it already holds them all (no 200,000-key copy). */
function groupsOf(notes: readonly CodingNote[], into: Record<string, string> = {}): Record<string, string> {
  let groups = into;
  for (const n of notes)
    if (n.groupId && groups[n.noteId] !== n.groupId) {
      if (groups === into) groups = { ...into };
      groups[n.noteId] = n.groupId;
    }
  return groups;
}

/** A new project with the machine's coding of its exports' notes. */
export function codedProject(
  input: NotesToCode & {
    id: string;
    name: string;
    at: string;
    analyst?: string;
    sources: ProjectSource[];
    releasedPii?: string[];
  },
): SynthesisProject {
  const { coding } = extendCoding({ questions: [] }, input, 1);
  return createSynthesisProject({ ...input, coding, noteGroups: groupsOf(input.notes) });
}

export interface Extension {
  project: SynthesisProject;
  newNotes: number;
  joinedThemes: number;
  newThemes: string[];
  toOther: number;
}

/**
 * The project with later exports added: their sources listed, their new notes coded into the
 * reviewed coding (no coded note moves, no decision is lost) and marked unreviewed, and the
 * addition logged. Undo starts again from here: the steps before it named the themes as they
 * were without the new notes.
 */
export function extendProject(
  project: SynthesisProject,
  input: NotesToCode & { sources: ProjectSource[]; at: string; releasedPii?: string[] },
): Extension {
  const before = new Set<string>();
  for (const q of project.coding.questions) for (const t of q.themes) before.add(t.id);
  // Until a decision is made, the machine codes every note afresh (the best it can do with
  // all of them; new ids, since ids are never reused). Once one is made, the coding is extended.
  const reviewed = hasDecisions(project);
  const extended = extendCoding(reviewed ? project.coding : { questions: [] }, input, project.nextThemeNumber);
  if (!reviewed) before.clear();
  // Extending a reviewed coding places only notes it did not hold; coding afresh places every note.
  const coded = new Set<string>();
  if (!reviewed)
    for (const q of project.coding.questions)
      for (const ids of [...q.themes.map((t) => t.noteIds), q.other]) for (const id of ids) coded.add(id);
  const placed = [...extended.placed];
  const newThemes = [...new Set(placed.map(([, to]) => to))].filter((to) => to !== OTHER && !before.has(to));
  const made = new Set(newThemes);
  const result = {
    newNotes: placed.filter(([id]) => !coded.has(id)).length,
    joinedThemes: placed.filter(([, to]) => to !== OTHER && !made.has(to)).length,
    newThemes,
    toOther: placed.filter(([, to]) => to === OTHER).length,
  };
  const files = input.sources.length;
  const summary =
    `Added ${files} export${files === 1 ? '' : 's'}: ${result.newNotes} new ${result.newNotes === 1 ? 'note' : 'notes'}, ` +
    `${result.joinedThemes} joined existing themes, ${newThemes.length} new theme${newThemes.length === 1 ? '' : 's'}` +
    `${newThemes.length ? ` (${namedThemes(extended.coding, newThemes)})` : ''}, ${result.toOther} to "other"` +
    (reviewed ? '; every earlier decision kept' : '; no decision had been made, so every note was coded afresh') +
    (project.undo.length || project.redo.length ? '; undo starts again from here' : '');
  return {
    ...result,
    project: {
      ...project,
      sources: [...project.sources, ...input.sources],
      releasedPii: input.releasedPii ?? project.releasedPii,
      coding: extended.coding,
      noteGroups: groupsOf(input.notes, project.noteGroups),
      unreviewed: reviewed ? [...project.unreviewed, ...placed.map(([id]) => id).filter((id) => !coded.has(id))] : [],
      nextThemeNumber: Math.max(project.nextThemeNumber, extended.nextThemeNumber),
      updatedAt: input.at,
      undo: [],
      redo: [],
      audit: [...project.audit, auditEntry(input.at, project.analyst, 'addFiles', summary)],
    },
  };
}

/** The first few new themes by headline, and how many more: a log entry a person reads through. */
function namedThemes(coding: Coding, ids: readonly string[]): string {
  const shown = ids.slice(0, NAMED_THEMES).map((id) => headlineOf(coding, id));
  return ids.length > NAMED_THEMES ? `${shown.join(', ')} and ${ids.length - NAMED_THEMES} more` : shown.join(', ');
}

const NAMED_THEMES = 5;

/** A theme as the audit log names it: its headline in quotes. */
function headlineOf(coding: Coding, themeId: string): string {
  for (const q of coding.questions) for (const t of q.themes) if (t.id === themeId) return `"${t.headline}"`;
  return themeId;
}
