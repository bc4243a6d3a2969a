import path from 'node:path';
import { parseArgs } from 'node:util';
import { appRootFrom, appVersion } from '../services/app/appPaths';
import { PII_KIND_LABELS } from '../../shared/export/pii';
import type { Synthesis } from '../../shared/synthesis/types';
import { reviewProgress } from '../../shared/synthesisProject/progress';
import { wordsOnly } from '../services/synthesis/projectVectors';
import { cliProgress, EMBEDDING, READING } from './cliProgress';
import { ProjectFileError, projectFiles, runProject, writeProject } from './projectRun';
import { allSynthesisFiles, synthesisePaths, themeOptionsFor, writeFiles } from './synthesiseFiles';
import { defaultDataFolder } from '../services/dataFolder/dataFolder';
import { vectorCacheFile } from '../themes/vectorCache';
import { vectorSource, type SynthesisVectors } from '../themes/synthesisVectors';

// `npx roundtable synthesise <files or folders> --out <dir>`: the organisers' synthesis,
// headless. The exit codes are in USAGE and docs/SYNTHESIS-FILES.md.

const USAGE = `Usage: npx roundtable synthesise <export files or folders...> --out <folder> [--progress] [--raw]
                                   [--release <finding id>]... [--vector-cache <folder>] [--words-only]
       npx roundtable synthesise --project <file> [<export files or folders...>] --out <folder>
                                   [--progress] [--words-only]
       npx roundtable synthesise --help

Reads Roundtable session exports (*.roundtable-export.json; folders are searched) and writes
the merged dataset to the folder: synthesis JSON, notes and counts CSVs, an XLSX workbook and
the "What staff have told us so far" report (HTML). A note, group, table or vote that arrives
in several files (a session and its tables' exports) is counted once. All of them are
shareable: a count of 1 to 4 reads "<5", and "[c]" is withheld so a "<5" cannot be worked out.
Possible personal details (names, phone numbers, postcodes...) found in the exports' text are
withheld from every file; each is listed by its id, file, field and kind (never its text).

With --project, the synthesis is a project file (*.roundtable-synthesis.json): made from the
exports if the file does not exist; otherwise its own exports are read again (their paths are
kept relative to the project file) and the new exports' notes join the themes an analyst
reviewed in the app, every decision kept (new notes are marked unreviewed). The project file is
written back safely, and the results, with the reviewed themes and the audit log, go to --out.

Options:
  -o, --out <folder>  where to write the results (made if missing)
  -p, --project <file>  make or update this synthesis project, keeping its review
      --progress      show a progress bar even when the output is not a terminal
      --raw           also write the exact figures for analysts, not for sharing:
                      *-raw-synthesis.json and *-raw-synthesis-notes.csv (one row per note
                      with staff group, sector, table and dots)
      --release <id>  put a withheld finding back in the results once you have checked it
                      is not personal (repeat for several); run without it to list the ids
      --vector-cache <folder>
                      where each note's sentence vector is kept once worked out, so it is
                      worked out once (default: the cache folder in Roundtable's data folder;
                      with --project, the project file's folder)
      --words-only    find themes by the words notes share alone, without the sentence model
                      (quicker on a first run of many new notes; the report says so)
  -h, --help          show this help

Exit status:
  0  every file was read and the results were written
  1  some files were bad (each is listed with its reason); the good ones are in the results
  2  wrong arguments, no readable export at all, or an unusable --project file (left as it is)
  3  the results could not be written, or something unexpected went wrong`;

function exit(code: number, message: string, stream: NodeJS.WriteStream = process.stderr): never {
  stream.write(`${message}\n`);
  process.exit(code);
}

/** The arguments, or the reason they are wrong in words (never Node's own parser message). */
function argumentsOf(args: string[]): {
  out?: string;
  help: boolean;
  progress: boolean;
  raw: boolean;
  release: string[];
  vectorCache?: string;
  wordsOnly: boolean;
  paths: string[];
  project?: string;
} {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
        progress: { type: 'boolean', default: false },
        raw: { type: 'boolean', default: false },
        release: { type: 'string', multiple: true, default: [] },
        project: { type: 'string', short: 'p' },
        'vector-cache': { type: 'string' },
        'words-only': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    return {
      out: values.out,
      help: values.help,
      progress: values.progress,
      raw: values.raw,
      release: values.release,
      vectorCache: values['vector-cache'],
      wordsOnly: values['words-only'],
      paths: positionals,
      project: values.project,
    };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
    const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    const why =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `${option || 'That option'} is not an option of roundtable synthesise.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `${option || 'An option'} needs a value: ${option === '--release' ? '--release <finding id>' : option === '--vector-cache' ? '--vector-cache <folder>' : option === '--project' ? '--project <file>' : '--out <folder>'}.`
          : 'The arguments could not be read.';
    exit(2, `${why}\n\n${USAGE}`);
  }
}

/** Which files repeated records already read, and from where: counted once, and said so. */
function foldedLines(synthesis: Synthesis): string {
  if (synthesis.folded.length === 0) return '';
  const lines = synthesis.folded.map(
    (f) =>
      `  ${f.source}: ${f.notes} notes, ${f.groups} groups, ${f.tables} tables and ${f.votes} vote counts already read from ${f.alreadyIn.join(', ')}\n`,
  );
  return `${synthesis.totals.recordsFolded} records arrived in more than one file and were counted once:\n${lines.join('')}`;
}

/** The withheld findings by id, file, field and kind: never the text. */
function withheldLines(synthesis: Synthesis): string {
  const list = synthesis.piiWithheld;
  if (list.length === 0) return '';
  const lines = list.map((f) => `  ${f.id}  ${f.source}  ${f.where} (${f.field})  ${PII_KIND_LABELS[f.kind]}\n`);
  return (
    `${list.length} possible personal detail${list.length === 1 ? ' was' : 's were'} withheld until reviewed ` +
    `(check each in its export; release one with --release <id>):\n${lines.join('')}`
  );
}

/** `--project`: makes or updates the project file, keeping its review, then writes the results. */
async function synthesiseProject(
  args: ReturnType<typeof argumentsOf> & { project: string; out: string },
): Promise<void> {
  const progress = cliProgress(args.progress);
  // Each text's vector is kept in the project's folder (or --vector-cache), so a rerun on new
  // exports embeds only the texts never seen before.
  const cacheFolder = path.resolve(args.vectorCache ?? path.dirname(path.resolve(args.project)));
  const embedding = progress.stage(EMBEDDING);
  const reading = progress.stage(READING);
  const cached = vectorSource({
    cacheFile: vectorCacheFile(cacheFolder),
    onProgress: (done, total) => embedding.update(done, total),
  });
  const run = await runProject(args.project, args.paths, {
    vectors: args.wordsOnly ? wordsOnly : cached,
    release: args.release,
    onProgress: (done, total) => reading.update(done, total),
  }).catch((error: unknown) => {
    progress.stop();
    if (error instanceof ProjectFileError) exit(2, error.message);
    throw error;
  });
  progress.stop();
  const found = new Set(run.builder.piiReview().map((item) => item.finding.id));
  const unknown = args.release.filter((id) => !found.has(id));
  if (unknown.length > 0)
    exit(
      2,
      `No finding in these exports has the id ${unknown.map((id) => `"${id}"`).join(', ')}, so nothing was written. ` +
        'Run the same command without --release to list the withheld findings and their ids.',
    );
  for (const bad of run.bad) process.stderr.write(`Skipped ${bad.file}: ${bad.message}\n`);
  for (const gone of run.unreadSources)
    process.stderr.write(
      `The project's export ${gone.file} could not be read again (${gone.message}); its notes keep their themes.\n`,
    );
  if (run.created && run.added === 0)
    exit(2, `No readable export was found in ${args.paths.join(', ') || '(no paths given)'}, so no project was made.`);
  await writeProject(args.project, run.project).catch((error: NodeJS.ErrnoException) =>
    exit(
      3,
      `The project could not be written to ${path.resolve(args.project)} (${error.code ?? error.message}); it is as it was.`,
    ),
  );
  const files = await projectFiles(run, {
    generatedAt: new Date().toISOString(),
    appVersion: appVersion(appRootFrom(import.meta.url)),
    raw: args.raw,
  });
  const target = path.resolve(args.out);
  const written = await writeFiles(target, files).catch((error: NodeJS.ErrnoException) =>
    exit(
      3,
      `The results could not be written to ${target} (${error.code ?? error.message}). Choose another folder with --out.`,
    ),
  );
  const progressNow = reviewProgress(run.project.coding, run.project.unreviewed).overall;
  const what = run.created
    ? `Made the project ${path.resolve(args.project)} from ${run.added} exports.\n`
    : `Updated the project ${path.resolve(args.project)}: ${run.extension ? `${run.project.audit.at(-1)!.summary}.` : 'no new exports.'}\n`;
  process.stdout.write(
    what +
      `${progressNow.label}${progressNow.unreviewed ? ` (${progressNow.unreviewed} new notes not yet reviewed)` : ''}.\n` +
      (run.duplicates ? `${run.duplicates} files skipped as repeats of exports already read.\n` : '') +
      (run.wordsOnlyReason ? `${run.wordsOnlyReason}\n` : '') +
      (run.embedded + run.fromCache > 0
        ? `${run.embedded} texts embedded now, ${run.fromCache} read from the vector cache in ${cacheFolder}.\n`
        : '') +
      withheldLines(run.builder.result({ coding: run.project.coding })) +
      'Written:\n' +
      written.map((w) => `  ${w}\n`).join(''),
  );
  process.exit(run.bad.length + run.unreadSources.length > 0 ? 1 : 0);
}

/** How the themes were found, and how many vectors were worked out now or read from the cache. */
function themeLine(synthesis: Synthesis, vectors: SynthesisVectors | null): string {
  const notes = synthesis.totals.participantNotes;
  if (synthesis.themeMethod.similarity === 'words')
    return `Every one of the ${notes} notes themed by the words they share alone: ${synthesis.themeMethod.reason}\n`;
  return (
    `Every one of the ${notes} notes themed by meaning and shared words ` +
    `(${vectors?.embedded ?? 0} texts embedded now, ${vectors?.fromCache ?? 0} read from the cache).\n`
  );
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === '--help' || command === '-h') exit(0, USAGE, process.stdout);
  if (command === undefined) exit(2, USAGE);
  if (command !== 'synthesise' && command !== 'synthesize') exit(2, `Unknown command "${command}".\n\n${USAGE}`);
  const args = argumentsOf(rest);
  if (args.help) exit(0, USAGE, process.stdout);
  if (!args.out) exit(2, `Say where to write the results with --out <folder>.\n\n${USAGE}`);
  if (args.project) return synthesiseProject(args as typeof args & { project: string; out: string });
  if (args.paths.length === 0) exit(2, `Name at least one export file or folder to read.\n\n${USAGE}`);

  const progress = cliProgress(args.progress);
  const reading = progress.stage(READING);
  const run = await synthesisePaths(args.paths, (done, total) => reading.update(done, total), args.release);
  progress.stop();
  const found = new Set(run.builder.piiReview().map((item) => item.finding.id));
  const unknown = args.release.filter((id) => !found.has(id));
  if (unknown.length > 0)
    exit(
      2,
      `No finding in these exports has the id ${unknown.map((id) => `"${id}"`).join(', ')}, so nothing was written. ` +
        'Run the same command without --release to list the withheld findings and their ids.',
    );
  for (const bad of run.bad) process.stderr.write(`Skipped ${bad.file}: ${bad.message}\n`);
  if (run.added === 0)
    exit(
      2,
      `No readable export was found in ${args.paths.join(', ')} (${run.files} .json files looked at, ${run.bad.length} bad).`,
    );
  const root = appRootFrom(import.meta.url);
  const embedding = progress.stage(EMBEDDING);
  const source = args.wordsOnly
    ? null
    : vectorSource({
        cacheFile: vectorCacheFile(path.resolve(args.vectorCache ?? path.join(defaultDataFolder(), 'cache'))),
        onProgress: (done, total) => embedding.update(done, total),
      });
  const themes = await themeOptionsFor(run.builder, source);
  progress.stop();
  if (themes.vectors && !themes.vectors.vectors) process.stderr.write(`${themes.vectors.reason}\n`);
  const files = await allSynthesisFiles(run.builder, {
    generatedAt: new Date().toISOString(),
    appVersion: appVersion(root),
    raw: args.raw,
    themes: themes.options,
  });
  const target = path.resolve(args.out);
  const written = await writeFiles(target, files).catch((error: NodeJS.ErrnoException) =>
    exit(
      3,
      `The results could not be written to ${target} (${error.code ?? error.message}). Choose another folder with --out.`,
    ),
  );
  const synthesis = run.builder.result(themes.options);
  const t = synthesis.totals;
  process.stdout.write(
    `Synthesised ${run.added} session exports (${t.participantNotes} participant notes from ${t.events} events)` +
      `${run.duplicates ? `; ${run.duplicates} files skipped as repeats of files already read` : ''}${run.bad.length ? `; ${run.bad.length} bad files skipped` : ''}.\n` +
      foldedLines(synthesis) +
      withheldLines(synthesis) +
      (args.release.length ? `${args.release.length} finding(s) released by --release.\n` : '') +
      themeLine(synthesis, themes.vectors) +
      'Written:\n' +
      written.map((w) => `  ${w}\n`).join(''),
  );
  process.exit(run.bad.length > 0 ? 1 : 0);
}

main().catch((error: unknown) =>
  exit(3, `The synthesis failed unexpectedly: ${(error as Error).stack ?? String(error)}\nPlease report this.`),
);
