// The kill test: the real store in a child process applies operations and saves; it is
// killed with SIGKILL at a random moment, again and again. After each kill the session's
// file must parse, validate, hold every change acknowledged more than a second before the
// kill, and be exactly the session as it stood after some operation (no torn or mixed
// state); every snapshot in its history must load too.
import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../electron/services/services';
import { readTextFile } from '../../electron/services/dataFolder/durableJsonFile';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { loadSessionDocument } from '../../shared/document/migrations';
import type { SessionDocument } from '../../shared/document/schema';
import { parseJsonInput, SESSION_FILE_LIMITS } from '../../shared/inputLimits';
import { applyOperation, operation, type Operation } from '../../shared/operations/registry';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { between, seededRandom } from '../lib/seededRandom';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CHILD = path.join(import.meta.dirname, 'child.ts');
/** A change acknowledged longer ago than this before a kill must be in the file. */
export const DURABILITY_WINDOW_MS = 1_000;

export interface KillTestOptions {
  kills: number;
  dataDir: string;
  seed: number;
  /** Each child is killed at a random moment this long after it was started. */
  killAfterMs: [number, number];
  onRound?(round: KillRound): void;
  /**
   * When the kill's clock starts: at the child's spawn (the default, so some kills land while it
   * starts up) or when it says it is ready, so that a slow start on a busy machine still leaves
   * every round with changes to lose.
   */
  clockFrom?: 'spawn' | 'ready';
}

export interface KillRound {
  round: number;
  killedAfterMs: number;
  /** Operations the child had acknowledged when it was killed. */
  acknowledged: number;
  /** Of those, acknowledged more than a second before the kill: these must be in the file. */
  requiredRevision: number;
  fileRevision: number | null;
  problem: string | null;
}

export interface KillTestResult {
  kills: number;
  corruptFiles: number;
  lostChanges: number;
  /** Files that parsed and validated but were not the session as it stood after some operation. */
  wrongContent: number;
  badSnapshots: number;
  acknowledgedChanges: number;
  /** Acknowledged changes that were old enough at the kill to be required, and were found. */
  verifiedChanges: number;
  killsBeforeReady: number;
  problems: string[];
}

interface ChildLine {
  at: number;
  line: { t: 'intent'; revision: number; op: Operation } | { t: 'ack'; revision: number } | { t: 'ready' };
}

/** A session with the Benefits and risks board, written by the real services, as the test's starting point. */
export async function prepareSession(dataDir: string): Promise<SessionDocument> {
  await mkdir(dataDir, { recursive: true });
  const { templates } = await loadTemplateLibrary(path.join(ROOT, 'resources', 'templates'));
  const service = createServices({
    dataDir,
    templates,
    appInfo: { version: 'kill-test', mode: 'browser', schemaVersion: 1 },
  });
  const ctx = { clientId: 'kill-test' };
  const doc = await service.createSession(ctx, {
    name: 'Kill test event',
    date: '2025-03-04',
    location: 'Leeds',
    facilitator: 'Sam',
    shift: null,
  });
  const template = templates.find((t) => t.id === 'h2c.d2.ex1') ?? templates[0];
  await service.applyOperation(
    ctx,
    doc.id,
    operation('addExercise', instantiateTemplate(doc, template, new Date().toISOString())),
  );
  await service.flushAll();
  return service.openSession(ctx, doc.id);
}

/** Runs one child until it is killed; returns every line it printed, stamped with when it arrived. */
function runChild(
  dataDir: string,
  doc: SessionDocument,
  seed: number,
  killAfterMs: number,
  clockFrom: 'spawn' | 'ready',
): Promise<{ lines: ChildLine[]; killedAt: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, doc.id, String(seed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: ChildLine[] = [];
    let buffered = '';
    let stderr = '';
    let killedAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const at = Date.now();
      buffered += chunk.toString('utf-8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const text of complete) {
        lines.push({ at, line: text === 'ready' ? { t: 'ready' } : JSON.parse(text) });
        if (text === 'ready' && clockFrom === 'ready') startClock(killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf-8')));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startClock = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        killedAt = Date.now();
        child.kill('SIGKILL');
      }, ms);
    };
    // Counting from ready, a child that never gets there is still killed, after a minute.
    startClock(clockFrom === 'ready' ? 60_000 : killAfterMs);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ lines, killedAt: killedAt || Date.now(), stderr });
    });
  });
}

/** Loads a file as the app would: size-limited, parsed, shape-checked, validated. */
async function loadFile(file: string): Promise<{ doc: SessionDocument } | { problem: string }> {
  const read = await readTextFile(file, SESSION_FILE_LIMITS.bytes).catch((error: Error) => ({
    kind: 'error' as const,
    error,
  }));
  if (read.kind !== 'text') return { problem: `${path.basename(file)} could not be read (${read.kind})` };
  const parsed = parseJsonInput(read.text, SESSION_FILE_LIMITS, path.basename(file));
  if (!parsed.ok) return { problem: parsed.error.message };
  const loaded = loadSessionDocument(parsed.value, path.basename(file));
  return loaded.ok ? { doc: loaded.value.doc } : { problem: loaded.error.message };
}

const comparable = (doc: SessionDocument) => JSON.stringify({ ...doc, updatedAt: '' });

/** Kills the store `options.kills` times and checks the session after each kill. */
export async function runKillTest(options: KillTestOptions): Promise<KillTestResult> {
  const random = seededRandom(options.seed);
  let base = await prepareSession(options.dataDir);
  const file = path.join(options.dataDir, 'sessions', `${base.id.replace(':', '-')}.json`);
  const snapshotDir = path.join(options.dataDir, 'snapshots', base.id.replace(':', '-'));
  const result: KillTestResult = {
    kills: 0,
    corruptFiles: 0,
    lostChanges: 0,
    wrongContent: 0,
    badSnapshots: 0,
    acknowledgedChanges: 0,
    verifiedChanges: 0,
    killsBeforeReady: 0,
    problems: [],
  };

  for (let round = 1; round <= options.kills; round++) {
    const killAfterMs = between(random, options.killAfterMs[0], options.killAfterMs[1]);
    const { lines, killedAt, stderr } = await runChild(
      options.dataDir,
      base,
      between(random, 1, 2 ** 31),
      killAfterMs,
      options.clockFrom ?? 'spawn',
    );
    result.kills++;
    if (!lines.some((l) => l.line.t === 'ready')) result.killsBeforeReady++;
    if (stderr.trim())
      result.problems.push(`round ${round}: the child wrote to stderr: ${stderr.trim().slice(0, 300)}`);
    const acks = lines.flatMap(({ at, line }) => (line.t === 'ack' ? [{ at, revision: line.revision }] : []));
    const required = Math.max(
      base.revision,
      ...acks.filter((a) => a.at <= killedAt - DURABILITY_WINDOW_MS).map((a) => a.revision),
    );
    const report: KillRound = {
      round,
      killedAfterMs: killAfterMs,
      acknowledged: acks.length,
      requiredRevision: required,
      fileRevision: null,
      problem: null,
    };
    result.acknowledgedChanges += acks.length;

    const loaded = await loadFile(file);
    if ('problem' in loaded) {
      result.corruptFiles++;
      report.problem = `corrupt session file: ${loaded.problem}`;
    } else {
      const doc = loaded.doc;
      report.fileRevision = doc.revision;
      if (doc.revision < required) {
        result.lostChanges += required - doc.revision;
        report.problem = `lost ${required - doc.revision} acknowledged changes (file at revision ${doc.revision}, ${required} required)`;
      }
      result.verifiedChanges += Math.max(0, Math.min(doc.revision, required) - base.revision);
      // Replaying the announced operations from the last verified state must give exactly the file.
      let expected: SessionDocument = base;
      for (const { line } of lines) {
        if (line.t !== 'intent' || line.revision > doc.revision) continue;
        const applied = applyOperation(expected, line.op, expected.updatedAt);
        if (applied.ok) expected = applied.value;
      }
      if (expected.revision !== doc.revision || comparable(expected) !== comparable(doc)) {
        result.wrongContent++;
        report.problem ??= `the file (revision ${doc.revision}) is not the session as it stood after any operation`;
      }
      base = doc;
    }
    for (const name of await readdir(snapshotDir).catch(() => [] as string[])) {
      const snapshot = await loadFile(path.join(snapshotDir, name));
      if ('problem' in snapshot && !name.endsWith('.tmp')) {
        result.badSnapshots++;
        report.problem ??= `bad snapshot ${name}: ${snapshot.problem}`;
      }
    }
    if (report.problem) result.problems.push(`round ${round}: ${report.problem}`);
    options.onRound?.(report);
    if ('problem' in loaded) break; // Nothing trustworthy to go on from.
  }
  return result;
}
