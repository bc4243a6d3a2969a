import path from 'node:path';
import { parseArgs } from 'node:util';
import { appRootFrom, appVersion } from '../services/app/appPaths';
import type { Synthesis } from '../../shared/synthesis/types';
import { allSynthesisFiles, synthesisePaths, writeFiles } from './synthesiseFiles';

// `npx roundtable synthesise <files or folders> --out <dir>`: the organisers' synthesis,
// headless. Exit 0: every file was read; 1: some files were bad (listed; the good ones are
// still in the output); 2: nothing to do (wrong arguments, or no readable export at all).

const USAGE = `Usage: npx roundtable synthesise <export files or folders...> --out <folder>

Reads Roundtable session exports (*.roundtable-export.json; folders are searched) and writes
the merged dataset to the folder: synthesis JSON, notes and counts CSVs, an XLSX workbook and
the "What staff have told us so far" report (HTML).`;

function exit(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function progressWriter(): (done: number, total: number, file: string) => void {
  if (process.stderr.isTTY) {
    return (done, total) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
      if (done === total) process.stderr.write('\n');
    };
  }
  // Not a terminal (a log file, CI): one plain line per tenth, never a carriage-return bar.
  return (done, total) => {
    if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0)
      process.stderr.write(`Read ${done} of ${total} files\n`);
  };
}

/** Which files repeated records already read, and from where: counted once, and said so. */
function foldedLines(synthesis: Synthesis): string {
  if (synthesis.folded.length === 0) return '';
  const lines = synthesis.folded.map(
    (f) =>
      `  ${f.source}: ${f.notes} notes, ${f.groups} groups, ${f.tables} tables and ${f.votes} vote counts already read from ${f.alreadyIn.join(', ')}\n`,
  );
  return `${synthesis.totals.recordsFolded} records arrived in more than one file and were counted once:\n${lines.join('')}Written:\n`;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === '--help' || command === '-h' || command === undefined) exit(command ? 0 : 2, USAGE);
  if (command !== 'synthesise' && command !== 'synthesize') exit(2, `Unknown command "${command}".\n\n${USAGE}`);
  let parsed: { values: { out?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: { out: { type: 'string', short: 'o' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    exit(2, `${(error as Error).message}\n\n${USAGE}`);
  }
  if (!parsed.values.out) exit(2, `Say where to write the results with --out <folder>.\n\n${USAGE}`);
  if (parsed.positionals.length === 0) exit(2, `Name at least one export file or folder to read.\n\n${USAGE}`);

  const run = await synthesisePaths(parsed.positionals, progressWriter());
  for (const bad of run.bad) process.stderr.write(`Skipped ${bad.file}: ${bad.message}\n`);
  if (run.added === 0)
    exit(
      2,
      `No readable export was found in ${parsed.positionals.join(', ')} (${run.files} .json files looked at, ${run.bad.length} bad).`,
    );
  const root = appRootFrom(import.meta.url);
  const files = await allSynthesisFiles(run.builder, {
    generatedAt: new Date().toISOString(),
    appVersion: appVersion(root),
  });
  const written = await writeFiles(path.resolve(parsed.values.out), files);
  const t = run.builder.result().totals;
  process.stdout.write(
    `Synthesised ${run.added} session exports (${t.participantNotes} participant notes from ${t.events} events)` +
      `${run.duplicates ? `; ${run.duplicates} files skipped as repeats of files already read` : ''}${run.bad.length ? `; ${run.bad.length} bad files skipped` : ''}.\n` +
      foldedLines(run.builder.result()) +
      written.map((w) => `  ${w}\n`).join(''),
  );
  process.exit(run.bad.length > 0 ? 1 : 0);
}

main().catch((error: unknown) => exit(2, `The synthesis failed: ${(error as Error).stack ?? String(error)}`));
