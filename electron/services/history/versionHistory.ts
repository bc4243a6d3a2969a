import type { SessionDocument } from '../../../shared/document/schema';
import { loadSessionDocument } from '../../../shared/document/migrations';
import type { SessionId } from '../../../shared/ids';
import { parseJsonInput, SESSION_FILE_LIMITS } from '../../../shared/inputLimits';
import { ApiError } from '../../../shared/result';
import type { SnapshotInfo, StorageNotice } from '../../../shared/api/storage';
import { readTextFile } from '../dataFolder/durableJsonFile';
import type { SessionFiles } from '../sessions/sessionFiles';
import type { SnapshotStore } from './snapshots';
import type { ChangeJournal } from './changeJournal';

/**
 * Reads versions back from a session's history: each is checked like any file from
 * outside (it may have been edited or damaged by hand), migrated, and must be of that session.
 */
export async function readSnapshotDocument(
  snapshots: SnapshotStore,
  id: SessionId,
  snapshotId: string,
): Promise<SessionDocument> {
  const file = snapshots.fileOf(id, snapshotId);
  if (!file)
    throw new ApiError({
      code: 'invalid-input',
      message: `"${snapshotId.slice(0, 80)}" is not a version in the history.`,
    });
  const what = `The saved version ${snapshotId}`;
  const read = await readTextFile(file, SESSION_FILE_LIMITS.bytes).catch(() => ({ kind: 'missing' as const }));
  if (read.kind === 'missing') {
    throw new ApiError({
      code: 'not-found',
      message: `${what} is no longer in the history of session ${id} (old versions are removed after 30 days).`,
    });
  }
  if (read.kind === 'too-large')
    throw new ApiError({
      code: 'invalid-input',
      message: `${what} is far larger than any session, so it was not read.`,
    });
  const parsed = parseJsonInput(read.text, SESSION_FILE_LIMITS, what);
  if (!parsed.ok) throw new ApiError(parsed.error);
  const loaded = loadSessionDocument(parsed.value, what);
  if (!loaded.ok) throw new ApiError(loaded.error);
  if (loaded.value.doc.id !== id)
    throw new ApiError({
      code: 'invalid-input',
      message: `${what} belongs to another session (${loaded.value.doc.id}).`,
    });
  return loaded.value.doc;
}

/** The newest version of a session that reads cleanly, with its document, or null when none does. */
export async function lastGoodSnapshot(
  snapshots: SnapshotStore,
  id: SessionId,
): Promise<{ info: SnapshotInfo; doc: SessionDocument } | null> {
  for (const info of await snapshots.list(id).catch(() => [])) {
    const doc = await readSnapshotDocument(snapshots, id, info.id).catch(() => null);
    if (doc) return { info, doc };
  }
  return null;
}

/**
 * A notice for every session whose file was damaged and is still missing from the sessions
 * folder (recovering it, or creating its file again, clears the notice). Read from disk, so
 * it is still shown after a restart.
 */
export async function quarantineNotices(
  files: SessionFiles,
  snapshots: SnapshotStore,
  journal: ChangeJournal,
): Promise<StorageNotice[]> {
  const present = new Set(await files.listIds());
  const seen = new Set<SessionId>();
  const notices: StorageNotice[] = [];
  for (const q of await files.listQuarantined()) {
    if (present.has(q.sessionId) || seen.has(q.sessionId)) continue;
    seen.add(q.sessionId);
    const snapshot = await lastGoodSnapshot(snapshots, q.sessionId);
    // What a restore brings back: the snapshot with the journal's later changes.
    const replay = snapshot && (await journal.replayOnto(snapshot.doc));
    const good = snapshot &&
      replay && { info: snapshot.info, doc: replay.doc, at: replay.lastChangeAt ?? snapshot.info.takenAt };
    const notes = good && Object.values(good.doc.notes).filter((n) => n.kind === 'participant').length;
    // Without a snapshot the damaged file cannot say the session's name: its file name is what there is.
    const name = good ? `“${good.doc.event.name}”` : `The session in ${q.sessionId.replace(':', '-')}.json`;
    const when =
      good &&
      new Date(good.at).toLocaleString('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      });
    const offer = good
      ? `Its last good version, from ${when} with ${notes === 1 ? '1 note' : `${notes} notes`}, can be restored.`
      : 'There is no earlier version of it to restore.';
    const how = /cut short/.test(q.reason)
      ? ' (it looks cut short)'
      : /is empty/.test(q.reason)
        ? ' (it is empty)'
        : '';
    notices.push({
      kind: 'quarantined',
      sessionId: q.sessionId,
      eventName: good?.doc.event.name ?? null,
      message: `${name} could not be opened: its file is damaged${how}. Roundtable moved the file to its quarantine folder and did not delete it. ${offer} Your other sessions are not affected.`,
      detail: `${q.reason} The damaged file is ${q.file}.`,
      quarantinedFile: q.file,
      lastGoodSnapshot: good?.info ?? null,
    });
  }
  return notices;
}
