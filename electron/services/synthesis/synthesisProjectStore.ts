import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApiEvent } from '../../../shared/api/contract';
import type { ExportFile } from '../../../shared/export/files';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import type { SynthesisFileOutcome, SynthesisView } from '../../../shared/synthesis/types';
import { ApiError, type Result } from '../../../shared/result';
import {
  auditCsv,
  auditEntry,
  auditFileName,
  codedProject,
  decide,
  extendProject,
  redo,
  reviewOf,
  setAnalyst,
  undo,
  type ProjectListing,
  type ProjectOpened,
  type ProjectReview,
  type ProjectSource,
  type ReviewOperation,
  type SynthesisProject,
} from '../../../shared/synthesisProject';
import type { AuditNames } from '../../../shared/synthesisProject/definition';
import { deletedFolder } from '../dataFolder/dataFolder';
import { describeFileError } from '../sessions/sessionFiles';
import { readTextFile, writeDurably } from '../dataFolder/durableJsonFile';
import { checkedExportText } from '../import/exportFileCheck';
import { sentenceVectors, textsOf, type VectorSource } from './projectVectors';
import { auditNames, sourceCopyName } from './projectNames';
import { readProjectFile } from './projectFile';
import { StemCache } from '../../../shared/themes/similarity';

/** What ends a project's file name in `<data>/syntheses/`. */
export const PROJECT_SUFFIX = '.roundtable-synthesis.json';
const COPIES_AT_ONCE = 16;
/** How often reading many exports tells its progress. */
const PROGRESS_EVERY_MS = 100;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const notAnId = (id: string) =>
  `"${id.slice(0, 80)}" is not a synthesis project id; nothing was changed. Choose the project from the list.`;

export interface SynthesisProjectStoreOptions {
  dataDir: string;
  now?: () => Date;
  /** Sentence vectors for the coding; by default the model shipped in the app. */
  vectors?: VectorSource;
  /** Where the progress of adding exports is told (the services' events), for the app's progress bar. */
  emit?: (event: ApiEvent) => void;
}

interface OpenProject {
  project: SynthesisProject;
  builder: SynthesisBuilder;
  outcomes: SynthesisFileOutcome[];
  /** Each note text's stems, so adding exports stems only their new texts. */
  stems: StemCache;
}

/**
 * The synthesis projects of one data folder, each a file `<data>/syntheses/<id>.roundtable-synthesis.json`
 * written durably (temp file, fsync, rename: see durableJsonFile.ts), with a copy of every export
 * it was made from beside it in `<id>.sources/`, so it can be opened again anywhere. Every change
 * is applied in order, one at a time per project, and is on disk before the call returns. A file
 * that cannot be read is reported and left exactly as it is.
 */
export class SynthesisProjectStore {
  readonly folder: string;
  private readonly dataDir: string;
  private readonly now: () => Date;
  private readonly vectors: VectorSource;
  private readonly emit: (event: ApiEvent) => void;
  private readonly open = new Map<string, Promise<OpenProject>>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(options: SynthesisProjectStoreOptions) {
    this.dataDir = options.dataDir;
    this.folder = path.join(options.dataDir, 'syntheses');
    this.now = options.now ?? (() => new Date());
    this.vectors = options.vectors ?? sentenceVectors();
    this.emit = options.emit ?? (() => {});
  }

  fileOf(id: string): string {
    return path.join(this.folder, `${id}${PROJECT_SUFFIX}`);
  }

  async list(): Promise<ProjectListing[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const listed: ProjectListing[] = [];
    for (const name of names.filter((n) => n.endsWith(PROJECT_SUFFIX) && !n.startsWith('.'))) {
      const id = name.slice(0, -PROJECT_SUFFIX.length);
      const read = await this.readProject(id);
      if (!read.ok) listed.push({ id, ok: false, problem: read.error.message });
      else {
        const p = read.value;
        const review = reviewOf(p);
        listed.push({
          id,
          ok: true,
          name: p.name,
          updatedAt: p.updatedAt,
          sources: p.sources.length,
          progress: review.progress.overall.label,
          analyst: p.analyst,
        });
      }
    }
    return listed.sort((a, b) => (a.ok && b.ok ? b.updatedAt.localeCompare(a.updatedAt) : a.ok ? -1 : 1));
  }

  /** A new project made from these exports (more can follow with addFiles). */
  async create(name: string, files: readonly { name: string; text: string }[], analyst = ''): Promise<ProjectOpened> {
    const id = randomUUID();
    const at = this.now().toISOString();
    const builder = new SynthesisBuilder();
    const { sources, added } = await this.readNew(id, builder, files, at);
    const toCode = builder.codingInput();
    // An empty project (exports to follow) needs no sentence model yet.
    const { vectors } = toCode.notes.length > 0 ? await this.vectorsOf(toCode.notes) : { vectors: null };
    const stems = new StemCache();
    const project = codedProject({
      id,
      name: name.trim() || 'Synthesis',
      at,
      analyst,
      sources,
      ...toCode,
      vectors,
      stems,
    });
    await this.save(project);
    const entry: OpenProject = { project, builder, outcomes: added, stems };
    this.open.set(id, Promise.resolve(entry));
    return this.opened(entry, added);
  }

  async openProject(id: string): Promise<ProjectOpened> {
    return this.opened(await this.entry(id), []);
  }

  /** More exports: each checked as an import is; their new notes join the reviewed coding, every decision kept. */
  addFiles(id: string, files: readonly { name: string; text: string }[]): Promise<ProjectOpened> {
    return this.inTurn(id, async () => {
      const entry = await this.entry(id);
      const at = this.now().toISOString();
      const { sources, added } = await this.readNew(id, entry.builder, files, at);
      entry.outcomes.push(...added);
      if (sources.length > 0) {
        const toCode = entry.builder.codingInput();
        const { vectors } = await this.vectorsOf(toCode.notes);
        await this.commit(
          entry,
          extendProject(entry.project, { ...toCode, vectors, sources, at, stems: entry.stems }).project,
        );
      }
      return this.opened(entry, added);
    });
  }

  decide(id: string, op: ReviewOperation): Promise<ProjectReview> {
    return this.change(id, (p, at, names) => decide(p, op, { at, names }));
  }

  undo(id: string): Promise<ProjectReview> {
    return this.change(id, (p, at, names) => undo(p, { at, names }));
  }

  redo(id: string): Promise<ProjectReview> {
    return this.change(id, (p, at, names) => redo(p, { at, names }));
  }

  setAnalyst(id: string, name: string): Promise<ProjectReview> {
    return this.change(id, (p, at) => setAnalyst(p, name, at));
  }

  /** A new display name (logged); the file and the id stay, and so does every decision. */
  rename(id: string, name: string): Promise<ProjectReview> {
    const to = name.trim();
    if (!to)
      return Promise.reject(new ApiError({ code: 'invalid-input', message: 'A project needs a name; type one.' }));
    return this.change(id, (p, at) => ({
      ok: true,
      value: {
        ...p,
        name: to,
        updatedAt: at,
        audit: [...p.audit, auditEntry(at, p.analyst, 'renameProject', `Renamed the project "${p.name}" to "${to}"`)],
      },
    }));
  }

  /** Moves the project's file and its copies of the exports into the data folder's `deleted` folder (never erased). */
  delete(id: string): Promise<void> {
    return this.inTurn(id, async () => {
      if (!PROJECT_ID.test(id)) throw new ApiError({ code: 'invalid-input', message: notAnId(id) });
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      const bin = deletedFolder(this.dataDir);
      // Only a project that is there makes the deleted folder.
      if (
        await stat(this.fileOf(id)).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        await mkdir(bin, { recursive: true });
      await rename(this.fileOf(id), path.join(bin, `synthesis-${id}.${stamp}${PROJECT_SUFFIX}`)).catch((error) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new ApiError({
            code: 'not-found',
            message: `There is no synthesis project ${id} (${this.fileOf(id)} does not exist); nothing was deleted. List the projects again.`,
          });
        throw new ApiError({
          code: 'storage-failed',
          message: describeFileError(error, `delete the synthesis project ${id}`),
        });
      });
      this.open.delete(id);
      await rename(path.join(this.folder, `${id}.sources`), path.join(bin, `synthesis-${id}.${stamp}.sources`)).catch(
        () => {},
      );
    });
  }

  /**
   * The synthesis of the project's exports with its coding as reviewed; given `releasedPii`,
   * made again with exactly those personal-data findings released, the choice saved in the project.
   */
  view(id: string, releasedPii?: readonly string[]): Promise<SynthesisView> {
    return this.inTurn(id, async () => {
      const entry = await this.entry(id);
      if (releasedPii !== undefined) await this.release(entry, releasedPii);
      return this.viewOf(entry);
    });
  }

  private async release(entry: OpenProject, ids: readonly string[]): Promise<void> {
    const wanted = [...new Set(ids)].sort();
    if (wanted.join('\n') === [...entry.project.releasedPii].sort().join('\n')) return;
    const found = new Set(entry.builder.piiReview().map((item) => item.finding.id));
    const unknown = wanted.filter((f) => !found.has(f));
    if (unknown.length > 0)
      throw new ApiError({
        code: 'invalid-input',
        message:
          `No finding in the project's exports has the id ${unknown.map((f) => `"${f}"`).join(', ')}; nothing was released. ` +
          'The findings and their ids are listed under "Withheld until reviewed".',
      });
    const at = this.now().toISOString();
    // The files' outcomes stay as they were: releasing a finding changes what is shown, not what was read.
    const { builder } = await this.readSources(entry.project, wanted);
    const before = new Set(entry.project.releasedPii);
    const released = wanted.filter((f) => !before.has(f)).length;
    const withheld = entry.project.releasedPii.filter((f) => !wanted.includes(f)).length;
    const summary = `Released ${released} and withheld again ${withheld} possible personal detail${released + withheld === 1 ? '' : 's'}; ${wanted.length} released in all`;
    await this.commit(entry, {
      ...entry.project,
      releasedPii: wanted,
      updatedAt: at,
      audit: [...entry.project.audit, auditEntry(at, entry.project.analyst, 'releasePii', summary)],
    });
    entry.builder = builder;
  }

  private viewOf(entry: OpenProject): SynthesisView {
    return {
      synthesis: entry.builder.result({ coding: entry.project.coding }),
      files: [...entry.outcomes],
      piiReview: entry.builder.piiReview(),
    };
  }

  /** The whole audit log as CSV. */
  async auditLog(id: string): Promise<ExportFile> {
    const { project } = await this.entry(id);
    return { name: auditFileName(project), mediaType: 'text/csv', content: auditCsv(project) };
  }

  /** The project as it is now, with the synthesis made from its exports (for its outputs). */
  async current(id: string): Promise<{ project: SynthesisProject; builder: SynthesisBuilder }> {
    const { project, builder } = await this.entry(id);
    return { project, builder };
  }

  private change(
    id: string,
    step: (p: SynthesisProject, at: string, names: AuditNames) => Result<SynthesisProject>,
  ): Promise<ProjectReview> {
    return this.inTurn(id, async () => {
      const entry = await this.entry(id);
      const result = step(entry.project, this.now().toISOString(), auditNames(entry.builder));
      if (!result.ok) throw new ApiError(result.error);
      await this.commit(entry, result.value);
      return reviewOf(entry.project);
    });
  }

  /** Writes the project, then holds it as current: a change that cannot be written is not kept. */
  private async commit(entry: OpenProject, project: SynthesisProject): Promise<void> {
    await this.save(project);
    entry.project = project;
  }

  private async save(project: SynthesisProject): Promise<void> {
    const write = async () => {
      await mkdir(this.folder, { recursive: true });
      await writeDurably(this.fileOf(project.id), JSON.stringify(project));
    };
    await write().catch((error: NodeJS.ErrnoException) => {
      throw new ApiError({
        code: 'storage-failed',
        message: `${describeFileError(error, `save the synthesis project to ${this.fileOf(project.id)}`)} (${error.code ?? 'no code'}). The change was not made; every decision saved before it is kept. Fix that, then try again.`,
      });
    });
  }

  private inTurn<T>(id: string, run: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(id) ?? Promise.resolve()).then(run);
    this.queues.set(
      id,
      next.catch(() => {}),
    );
    return next;
  }

  private entry(id: string): Promise<OpenProject> {
    if (!PROJECT_ID.test(id)) return Promise.reject(new ApiError({ code: 'invalid-input', message: notAnId(id) }));
    let pending = this.open.get(id);
    if (!pending) {
      pending = this.load(id);
      this.open.set(id, pending);
      pending.catch(() => this.open.delete(id));
    }
    return pending;
  }

  private readProject(id: string): Promise<Result<SynthesisProject>> {
    return readProjectFile(this.fileOf(id), id);
  }

  private async load(id: string): Promise<OpenProject> {
    const read = await this.readProject(id);
    if (!read.ok) throw new ApiError(read.error);
    return {
      project: read.value,
      ...(await this.readSources(read.value, read.value.releasedPii)),
      stems: new StemCache(),
    };
  }

  /** The project's exports read again from their copies, with exactly `releasedPii` released. */
  private async readSources(project: SynthesisProject, releasedPii: readonly string[]) {
    const builder = new SynthesisBuilder({ releasedPii });
    const outcomes: SynthesisFileOutcome[] = [];
    for (const source of project.sources) {
      const file = path.resolve(this.folder, source.path);
      const text = await readTextFile(file, Number.MAX_SAFE_INTEGER);
      const data = text.kind === 'text' ? checkedExportText(text.text, source.name) : null;
      if (!data?.ok) {
        const why = data ? data.error.message : `its copy ${file} is missing`;
        outcomes.push({
          name: source.name,
          outcome: 'bad',
          message: `${source.name} could not be read again (${why}); its notes keep their themes but are not shown.`,
        });
      } else outcomes.push({ name: source.name, outcome: builder.add(data.value, source.name) });
    }
    return { builder, outcomes };
  }

  /** The coding's sentence vectors, each chunk the model reads told as progress. */
  private vectorsOf(notes: Parameters<typeof textsOf>[0]) {
    return this.vectors(textsOf(notes), (done, total) =>
      this.emit({ type: 'synthesisProgress', stage: 'embedding', done, total }),
    );
  }

  /** Checks each file, adds the new ones to the builder and keeps a durable copy of each beside the project. */
  private async readNew(
    id: string,
    builder: SynthesisBuilder,
    files: readonly { name: string; text: string }[],
    at: string,
  ) {
    const sources: ProjectSource[] = [];
    const added: SynthesisFileOutcome[] = [];
    const copies: { file: string; text: string }[] = [];
    let told = performance.now();
    for (const [i, { name, text }] of files.entries()) {
      // Told a few times a second, each time letting the event go out before the next file.
      if (performance.now() - told > PROGRESS_EVERY_MS) {
        this.emit({ type: 'synthesisProgress', stage: 'reading', done: i, total: files.length });
        await new Promise((resolve) => setImmediate(resolve));
        told = performance.now();
      }
      const read = checkedExportText(text, name);
      if (!read.ok) {
        added.push({ name, outcome: 'bad', message: read.error.message });
        continue;
      }
      const outcome = builder.add(read.value, name);
      added.push({ name, outcome });
      if (outcome !== 'added') continue;
      const copy = sourceCopyName(id, read.value);
      sources.push({ name, path: copy, contentHash: read.value.contentHash, addedAt: at });
      copies.push({ file: path.join(this.folder, copy), text });
    }
    if (copies.length) await mkdir(path.join(this.folder, `${id}.sources`), { recursive: true });
    // Each copy durable on its own (temp file, fsync, rename), a few side by side (not one flush after another, nor a
    // thousand files open at once).
    for (let i = 0; i < copies.length; i += COPIES_AT_ONCE)
      await Promise.all(copies.slice(i, i + COPIES_AT_ONCE).map((c) => writeDurably(c.file, c.text)));
    return { sources, added };
  }

  private opened(entry: OpenProject, added: SynthesisFileOutcome[]): ProjectOpened {
    return {
      review: reviewOf(entry.project),
      view: this.viewOf(entry),
      notes: entry.builder.noteRows(),
      added,
    };
  }
}
