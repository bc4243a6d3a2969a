import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryTemplate } from '../../../shared/api/contract';
import { parseJsonInput, TEMPLATE_FILE_LIMITS } from '../../../shared/inputLimits';
import { ApiError } from '../../../shared/result';
import { CUSTOM_TEMPLATE_PREFIX } from '../../../shared/templates/custom';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../../../shared/templates/schema';
import { parseWith } from '../../../shared/validation';
import { deletedFolder, userTemplatesFolder } from '../dataFolder/dataFolder';
import { writeDurably } from '../dataFolder/durableJsonFile';
import { loadTemplateLibrary } from './templateLibrary';
import { describeFileError } from '../sessions/sessionFiles';

/** The user's own templates as found on disk, and the files that could not be used (for diagnostics; never fatal). */
export async function loadUserTemplates(
  dataDir: string,
  shipped: readonly ExerciseTemplate[],
): Promise<{ templates: ExerciseTemplate[]; problems: string[] }> {
  const folder = userTemplatesFolder(dataDir);
  const library = await loadTemplateLibrary(folder, true);
  const problems = library.problems.map((p) => `In your templates folder (${folder}): ${p}`);
  const shippedIds = new Set(shipped.map((t) => t.id));
  const templates = library.templates.filter((t) => {
    if (shippedIds.has(t.id))
      problems.push(
        `In your templates folder (${folder}): ${t.id}.json has the id of a template that comes with Roundtable, so the shipped one is used.`,
      );
    return !shippedIds.has(t.id);
  });
  return { templates, problems };
}

/**
 * The user's own exercise templates, kept in `<data>/templates/<id>.json` beside the
 * sessions, each written durably. The shipped templates are never written or deleted.
 */
export class UserTemplates {
  private own: ExerciseTemplate[];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly shipped: readonly ExerciseTemplate[],
    own: readonly ExerciseTemplate[],
    private readonly now: () => Date,
  ) {
    this.own = [...own];
  }

  get folder(): string {
    return userTemplatesFolder(this.dataDir);
  }

  /** The shipped templates first, then the user's own by title. */
  list(): LibraryTemplate[] {
    const own = [...this.own].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id));
    return [
      ...this.shipped.map((t) => ({ ...t, origin: 'shipped' as const })),
      ...own.map((t) => ({ ...t, origin: 'own' as const })),
    ];
  }

  /** Writes the template for later events; a template of the same id of the user's own is replaced. */
  save(input: ExerciseTemplate): Promise<LibraryTemplate> {
    return this.serially(async () => {
      const parsed = parseWith(ExerciseTemplateSchema, input, 'The template');
      if (!parsed.ok) throw new ApiError(parsed.error);
      const template = parsed.value;
      if (this.shipped.some((t) => t.id === template.id)) {
        throw new ApiError({
          code: 'conflict',
          message: `“${template.id}” is a template that comes with Roundtable and cannot be replaced. Save yours under its own name.`,
        });
      }
      if (!template.id.startsWith(CUSTOM_TEMPLATE_PREFIX)) {
        throw new ApiError({
          code: 'invalid-input',
          message: `Your own template's id must begin with “${CUSTOM_TEMPLATE_PREFIX}” (it is “${template.id}”), so it never takes the place of a shipped one.`,
        });
      }
      // The same limits the file is read back with, so what is saved always loads after a restart.
      const text = JSON.stringify(template, null, 2);
      const readable = parseJsonInput(text, TEMPLATE_FILE_LIMITS, 'The template');
      if (Buffer.byteLength(text) > TEMPLATE_FILE_LIMITS.bytes || !readable.ok) {
        const why = readable.ok ? `over ${TEMPLATE_FILE_LIMITS.bytes / 1024 / 1024} MB` : readable.error.message;
        throw new ApiError({
          code: 'invalid-input',
          message: `The template is too large to save (${why}). Use fewer or shorter reference cards.`,
        });
      }
      try {
        await mkdir(this.folder, { recursive: true });
        await writeDurably(this.fileOf(template.id), text);
      } catch (error) {
        throw new ApiError({
          code: 'storage-failed',
          message: `${describeFileError(error, `save the template “${template.title}”`)}. Nothing was saved.`,
        });
      }
      this.own = [...this.own.filter((t) => t.id !== template.id), template];
      return { ...template, origin: 'own' as const };
    });
  }

  /** Moves one of the user's own templates to `<data>/deleted/templates/`, never erasing it. */
  delete(id: string): Promise<void> {
    return this.serially(async () => {
      if (this.shipped.some((t) => t.id === id)) {
        throw new ApiError({
          code: 'conflict',
          message: `“${id}” comes with Roundtable and cannot be deleted; only your own templates can.`,
        });
      }
      const template = this.own.find((t) => t.id === id);
      if (!template)
        throw new ApiError({
          code: 'not-found',
          message: `There is no template of your own called “${id}”. It may have been deleted already.`,
        });
      const aside = path.join(deletedFolder(this.dataDir), 'templates');
      try {
        await mkdir(aside, { recursive: true });
        const stamp = this.now().toISOString().replace(/[:.]/g, '-');
        await rename(this.fileOf(id), path.join(aside, `${id}.${stamp}.json`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new ApiError({
            code: 'storage-failed',
            message: `${describeFileError(error, `delete the template “${template.title}”`)}. It is still there.`,
          });
        }
      }
      this.own = this.own.filter((t) => t.id !== id);
    });
  }

  private fileOf(id: string): string {
    return path.join(this.folder, `${id}.json`);
  }

  /** One save or delete at a time, so two saves of one template never race on its file. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => {});
    return run;
  }
}
