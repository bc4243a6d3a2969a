import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFile } from '../../shared/export/files';
import { SynthesisBuilder } from '../../shared/synthesis/builder';
import {
  auditCsv,
  auditFileName,
  codedProject,
  extendProject,
  loadSynthesisProject,
  type Extension,
  type ProjectSource,
  type SynthesisProject,
} from '../../shared/synthesisProject';
import { readTextFile, writeDurably } from '../services/dataFolder/durableJsonFile';
import { textsOf, type VectorSource } from '../services/synthesis/projectVectors';
import { exportFilesIn, readExportFile } from './readExports';
import { allSynthesisFiles, type BadFile } from './synthesiseFiles';

// `roundtable synthesise --project <file> <exports…>`: a synthesis project on the command line.
// Without the file, the project is made from the exports; with it, the project's own exports
// are read again (paths relative to the project file), the new exports' notes join the
// reviewed coding with every decision kept, and the project is written back durably.

/** A project file that cannot be used: said in words, and the file is left as it is. */
export class ProjectFileError extends Error {}

export interface ProjectRun {
  project: SynthesisProject;
  builder: SynthesisBuilder;
  created: boolean;
  /** Exports read for the first time. */
  added: number;
  /** Files that repeated an export already read (or already in the project). */
  duplicates: number;
  bad: BadFile[];
  /** The project's own exports that could not be read again: their notes keep their themes. */
  unreadSources: BadFile[];
  extension: Extension | null;
  /** Why the notes were compared by shared words alone (no sentence model), or "". */
  wordsOnlyReason: string;
  /** Texts embedded by the sentence model in this run, and texts whose vectors were read from the cache. */
  embedded: number;
  fromCache: number;
}

async function readProjectFile(file: string): Promise<SynthesisProject | null> {
  const read = await readTextFile(file, 1024 * 1024 * 1024);
  if (read.kind === 'missing') return null;
  const what = `The project file ${file}`;
  if (read.kind === 'too-large')
    throw new ProjectFileError(`${what} is too large (${read.bytes} bytes) to be a synthesis project.`);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    throw new ProjectFileError(
      `${what} is not valid JSON (${(error as Error).message}); it was left as it is. Restore it, or name a new file to make a project afresh.`,
    );
  }
  const loaded = loadSynthesisProject(json, what);
  if (!loaded.ok) throw new ProjectFileError(`${loaded.error.message} It was left as it is.`);
  return loaded.value.project;
}

/** Makes or updates the project in `projectFile` from the exports under `paths`, and writes it. */
export async function runProject(
  projectFile: string,
  paths: readonly string[],
  options: {
    vectors: VectorSource;
    release?: readonly string[];
    now?: () => Date;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ProjectRun> {
  const file = path.resolve(projectFile);
  const folder = path.dirname(file);
  const at = (options.now ?? (() => new Date()))().toISOString();
  const existing = await readProjectFile(file);
  const releasedPii = [...new Set([...(existing?.releasedPii ?? []), ...(options.release ?? [])])].sort();
  const builder = new SynthesisBuilder({ releasedPii });
  const run = { added: 0, duplicates: 0, bad: [] as BadFile[], unreadSources: [] as BadFile[] };
  for (const source of existing?.sources ?? []) {
    const read = await readExportFile(path.resolve(folder, source.path));
    if (read.ok) builder.add(read.value, source.name);
    else run.unreadSources.push({ file: source.path, message: read.error.message });
  }
  const known = new Set(existing?.sources.map((s) => s.contentHash) ?? []);
  const { files, missing } = await exportFilesIn(paths);
  run.bad.push(...missing.map((f) => ({ file: f, message: `"${f}" does not exist.` })));
  const sources: ProjectSource[] = [];
  for (const [i, exportFile] of files.entries()) {
    const read = await readExportFile(exportFile);
    if (!read.ok) run.bad.push({ file: exportFile, message: read.error.message });
    else if (known.has(read.value.contentHash) || builder.add(read.value, path.basename(exportFile)) !== 'added')
      run.duplicates++;
    else {
      known.add(read.value.contentHash);
      run.added++;
      const relative = path.relative(folder, exportFile).split(path.sep).join('/');
      sources.push({
        name: path.basename(exportFile),
        path: relative,
        contentHash: read.value.contentHash,
        addedAt: at,
      });
    }
    options.onProgress?.(i + 1, files.length);
  }
  const toCode = builder.codingInput();
  const needsCoding = !existing || sources.length > 0;
  const got = needsCoding ? await options.vectors(textsOf(toCode.notes)) : { vectors: null, reason: '' };
  const { vectors, reason } = got;
  let project: SynthesisProject;
  let extension: Extension | null = null;
  if (!existing) {
    const name = path.basename(file).replace(/\.roundtable-synthesis\.json$|\.json$/, '');
    project = codedProject({ id: randomUUID(), name, at, sources, ...toCode, vectors, releasedPii });
  } else if (sources.length > 0) {
    extension = extendProject(existing, { ...toCode, vectors, sources, at, releasedPii });
    project = extension.project;
  } else project = { ...existing, releasedPii };
  return {
    ...run,
    project,
    builder,
    created: !existing,
    extension,
    wordsOnlyReason: vectors ? '' : reason,
    embedded: got.embedded ?? 0,
    fromCache: got.fromCache ?? 0,
  };
}

/** Writes the project file durably (temp file, fsync, rename), making its folder if need be. */
export async function writeProject(projectFile: string, project: SynthesisProject): Promise<void> {
  await mkdir(path.dirname(path.resolve(projectFile)), { recursive: true });
  await writeDurably(path.resolve(projectFile), JSON.stringify(project));
}

/** The project's outputs, its themes as reviewed: the synthesis files, the codebook, coded notes and cross-tabs, and the audit log. */
export async function projectFiles(
  run: ProjectRun,
  options: { generatedAt: string; appVersion: string; raw?: boolean },
): Promise<ExportFile[]> {
  return [
    ...(await allSynthesisFiles(run.builder, { ...options, coding: run.project.coding })),
    { name: auditFileName(run.project), mediaType: 'text/csv', content: auditCsv(run.project) },
  ];
}
