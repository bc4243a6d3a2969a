import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkedExportText } from '../services/import/exportFileCheck';
import { EXPORT_FILE_LIMITS } from '../../shared/import/parseExport';
import type { SessionExport } from '../../shared/export/schema';
import type { Result } from '../../shared/result';
import { fail } from '../../shared/result';

/** Every .json file named, or found under a folder named (recursively), in a stable order; a path that does not exist is reported. */
export async function exportFilesIn(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (entry: string): Promise<void> => {
    const info = await stat(entry).catch(() => null);
    if (!info) return void missing.push(entry);
    if (info.isFile()) return void files.push(entry);
    if (!info.isDirectory()) return;
    const names = (await readdir(entry)).sort();
    for (const name of names) {
      const child = path.join(entry, name);
      const childInfo = await stat(child).catch(() => null);
      if (childInfo?.isDirectory()) await walk(child);
      else if (childInfo?.isFile() && name.toLowerCase().endsWith('.json')) files.push(child);
    }
  };
  for (const p of paths) await walk(path.resolve(p));
  return { files, missing };
}

/** One export file from disk, size-checked before it is read. */
export async function readExportFile(file: string): Promise<Result<SessionExport>> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info) return fail('not-found', `"${name}" could not be found.`);
  if (info.size > EXPORT_FILE_LIMITS.bytes)
    return fail(
      'invalid-input',
      `"${name}" is too large (over ${EXPORT_FILE_LIMITS.bytes / 1024 / 1024} MB) to be a Roundtable export, so it was not read.`,
    );
  try {
    return checkedExportText(await readFile(file, 'utf8'), name);
  } catch (error) {
    return fail(
      'storage-failed',
      `"${name}" could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
}
