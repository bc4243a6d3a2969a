import path from 'node:path';
import { z } from 'zod';
import { createSampleSession } from '../../../shared/sample/sampleSession';
import { type SessionId } from '../../../shared/ids';
import { SessionIdSchema } from '../../../shared/idSchemas';
import type { ExerciseTemplate } from '../../../shared/templates/schema';
import { readTextFile, writeDurably } from '../dataFolder/durableJsonFile';
import { SessionFiles } from '../sessions/sessionFiles';
import { parseStrictJson } from '../../../shared/strictJson';

/** The file in a data folder that says its first run is done, and which session is the sample. */
export const FIRST_RUN_FILE = 'first-run.json';

const FirstRunRecordSchema = z.object({
  type: z.literal('roundtable.firstRun'),
  at: z.iso.datetime(),
  sampleSessionId: SessionIdSchema.nullable(),
});

type FirstRunRecord = z.infer<typeof FirstRunRecordSchema>;

export interface FirstRun {
  /** The sample session made on the first run, if one was. */
  sampleSessionId: SessionId | null;
  /** What went wrong, worth a warning; never fatal (the app works without its sample). */
  problem: string | null;
}

/**
 * Runs once per data folder, after its sessions folder exists: the first time, it adds a
 * practice session (when `withSample` and the folder holds no sessions yet) and records
 * that it ran, so a facilitator who deletes the sample never sees it again. The record is
 * written before the sample, so a crash in between cannot make a second sample.
 */
export async function prepareFirstRun(options: {
  dataDir: string;
  templates: readonly ExerciseTemplate[];
  withSample: boolean;
  now?: Date;
}): Promise<FirstRun> {
  const file = path.join(options.dataDir, FIRST_RUN_FILE);
  const existing = await readFirstRunRecord(file);
  if (existing) return { sampleSessionId: existing.sampleSessionId, problem: null };

  const files = new SessionFiles(options.dataDir);
  const now = (options.now ?? new Date()).toISOString();
  // A folder that already holds sessions (from before first runs were recorded) gets no sample.
  const wantSample = options.withSample && (await files.listIds()).length === 0;
  const sample = wantSample ? createSampleSession(options.templates, now) : null;
  const record: FirstRunRecord = { type: 'roundtable.firstRun', at: now, sampleSessionId: sample?.id ?? null };
  try {
    await writeDurably(file, `${JSON.stringify(record, null, 2)}\n`);
    if (sample) await files.create(sample);
  } catch (error) {
    return { sampleSessionId: null, problem: `The practice session could not be added: ${(error as Error).message}` };
  }
  return { sampleSessionId: record.sampleSessionId, problem: null };
}

/** The record of an earlier first run, or null if there is none. A damaged record counts as done (no second sample). */
async function readFirstRunRecord(file: string): Promise<FirstRunRecord | null> {
  const read = await readTextFile(file, 64 * 1024).catch(() => ({ kind: 'missing' as const }));
  if (read.kind === 'missing') return null;
  if (read.kind === 'too-large')
    return { type: 'roundtable.firstRun', at: new Date(0).toISOString(), sampleSessionId: null };
  // A record that cannot be read (not JSON, a key repeated) still means the first run happened.
  const json = parseStrictJson(read.text, 'The first-run record');
  const parsed = json.ok ? FirstRunRecordSchema.safeParse(json.value) : null;
  if (parsed?.success) return parsed.data;
  return { type: 'roundtable.firstRun', at: new Date(0).toISOString(), sampleSessionId: null };
}
