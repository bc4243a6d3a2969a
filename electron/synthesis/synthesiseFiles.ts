import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SynthesisBuilder, type ThemeOptions } from '../../shared/synthesis/builder';
import { synthesisFiles } from '../../shared/synthesis/files';
import type { ExportFile } from '../../shared/export/files';
import { exportFilesIn, readExportFile } from './readExports';
import { synthesisWorkbook } from '../services/synthesis/synthesisWorkbook';
import { codedNotesParquetFiles } from '../services/synthesis/codedNotesParquet';
import type { SynthesisFileOptions } from '../../shared/synthesis/files';

export { themeOptionsFor } from '../themes/synthesisVectors';

export interface BadFile {
  file: string;
  message: string;
}

export interface SynthesisRun {
  builder: SynthesisBuilder;
  files: number;
  added: number;
  duplicates: number;
  bad: BadFile[];
}

/** Reads every export under `paths`, one file at a time, into one synthesis; bad files are listed and the rest still count. */
export async function synthesisePaths(
  paths: readonly string[],
  onProgress: (done: number, total: number, file: string) => void = () => {},
  releasedPii: readonly string[] = [],
): Promise<SynthesisRun> {
  const { files, missing } = await exportFilesIn(paths);
  const run: SynthesisRun = {
    builder: new SynthesisBuilder({ releasedPii }),
    files: files.length,
    added: 0,
    duplicates: 0,
    bad: missing.map((file) => ({ file, message: `"${file}" does not exist.` })),
  };
  for (const [i, file] of files.entries()) {
    const read = await readExportFile(file);
    if (read.ok) {
      if (run.builder.add(read.value, path.basename(file)) === 'added') run.added++;
      else run.duplicates++;
    } else {
      run.bad.push({ file, message: read.error.message });
    }
    onProgress(i + 1, files.length, file);
  }
  return run;
}

/**
 * All the synthesis's shareable files (the JSON, the CSVs, the report and the workbook), and with
 * `raw` the raw ones; with a coding, the codebook, coded notes (CSV and Parquet) and cross-tabs too.
 */
export async function allSynthesisFiles(
  builder: SynthesisBuilder,
  options: SynthesisFileOptions & { themes?: ThemeOptions },
): Promise<ExportFile[]> {
  // The coding given (a reviewed project's) with any notes it does not hold added, else the machine's.
  const themes: ThemeOptions = { ...options.themes, ...(options.coding ? { coding: options.coding } : {}) };
  const coding = builder.coding(themes);
  const synthesis = builder.result(themes);
  // A table group's chosen quote is quoted in the codebook and marked in the coded notes, as in the report.
  const notes = builder.quotedNoteRows();
  return [
    ...synthesisFiles(synthesis, notes, { ...options, coding }),
    await synthesisWorkbook(synthesis, notes, options.generatedAt, coding),
    ...codedNotesParquetFiles(synthesis, notes, coding, options),
  ];
}

/** Writes `files` into `dir` (made if missing) and returns their paths; a failure says which path, why and what to do. */
export async function writeFiles(dir: string, files: readonly ExportFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw outputFailure(error, dir, `the folder ${dir} could not be made`);
  });
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(dir, file.name);
    await writeFile(target, file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content).catch(
      (error: NodeJS.ErrnoException) => {
        throw outputFailure(error, dir, `${target} could not be written`);
      },
    );
    written.push(target);
  }
  return written;
}

const WHY: Record<string, string> = {
  ENOTDIR: 'part of that path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  EACCES: 'this user may not write there',
  EPERM: 'writing there is not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder of that name is in the way',
};

/** A write error in words (the error's code kept), naming the path and what to do. */
function outputFailure(error: NodeJS.ErrnoException, dir: string, what: string): NodeJS.ErrnoException {
  const why = (error.code && WHY[error.code]) ?? error.message;
  const failure: NodeJS.ErrnoException = new Error(
    `The outputs were not written: ${what} (${why}${error.code ? `, ${error.code}` : ''}). Choose a folder you can write to instead of ${dir}; the project and its decisions are unchanged.`,
  );
  failure.code = error.code;
  return failure;
}
