import type { StorageNotice } from '../../../shared/api/storage';
import type { SessionDocument } from '../../../shared/document/schema';
import type { SessionId } from '../../../shared/ids';
import { describeFileError, type SessionFiles } from './sessionFiles';

/**
 * What the sessions folder holds, for the sessions list: each file read and validated once
 * (again only when it changes), a damaged one moved to quarantine and reported, a newer one
 * remembered as read-only. Sessions open in the service are listed from memory instead.
 */
export class SessionCatalog {
  private readonly inspected = new Map<SessionId, { mtimeMs: number; doc: SessionDocument | null }>();
  private readonly newer = new Map<SessionId, StorageNotice>();

  constructor(
    private readonly files: SessionFiles,
    private readonly now: () => Date,
    /** Called when the list changed under the user (a file was quarantined). */
    private readonly listChanged: () => void,
  ) {}

  /** The session in a file, for the list; null for one that cannot be shown (damaged files are quarantined on the way). */
  async inspect(id: SessionId): Promise<SessionDocument | null> {
    const mtimeMs = await this.files.modifiedAt(id);
    const cached = this.inspected.get(id);
    if (cached && mtimeMs !== null && cached.mtimeMs === mtimeMs) return cached.doc;
    const found = await this.files.load(id);
    let doc: SessionDocument | null = null;
    if (found.kind === 'ok') doc = found.db.data;
    if (found.kind === 'newer') {
      this.noteNewer(id, found.doc, found.message);
      doc = found.doc;
    }
    if (found.kind === 'damaged') await this.quarantine(id, found.reason);
    if (mtimeMs !== null && found.kind !== 'damaged' && found.kind !== 'unreadable')
      this.inspected.set(id, { mtimeMs, doc });
    return doc;
  }

  /** Moves a damaged file aside and says so; returns the message for the user. */
  async quarantine(id: SessionId, reason: string): Promise<string> {
    this.inspected.delete(id);
    try {
      const movedTo = await this.files.quarantine(id, reason, this.now());
      this.listChanged();
      return `${reason} Roundtable moved the file to ${movedTo} (it was not deleted). The notice beside the sessions list offers its last good version, if it has one.`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return `${reason} It has already been moved to the quarantine folder.`;
      return `${reason} ${describeFileError(error, 'move it to the quarantine folder')}.`;
    }
  }

  /** Remembers a file from a newer Roundtable; returns the message for the user. */
  noteNewer(id: SessionId, doc: SessionDocument | null, reason: string): string {
    // Said once, by the session's name, and only what is true of it: it is open, read-only.
    const formats = /\(format \d+; this one reads up to \d+\)/.exec(reason)?.[0];
    const message = doc
      ? `“${doc.event.name}” was saved by a newer Roundtable${formats ? ` ${formats}` : ''}, so it is open read-only: ` +
        'you can look at it but not change it, and Roundtable will never write to its file. Update Roundtable to change it.'
      : `${reason} This version cannot show it, and did not change it.`;
    this.newer.set(id, {
      kind: 'newer-version',
      sessionId: id,
      eventName: doc?.event.name ?? null,
      message,
      canOpen: doc !== null,
    });
    return message;
  }

  newerNotices(): StorageNotice[] {
    return [...this.newer.values()];
  }

  /** Forgets a session whose file is gone (deleted). */
  forget(id: SessionId): void {
    this.inspected.delete(id);
    this.newer.delete(id);
  }
}
