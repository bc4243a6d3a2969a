import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type SessionId } from '../../../shared/ids';
import { NoteIdSchema, SessionIdSchema } from '../../../shared/idSchemas';
import { LIMITS } from '../../../shared/document/limits';
import { SECTORS, STAFF_GROUPS, codesOf } from '../../../shared/document/taxonomy';
import { parseJsonInput } from '../../../shared/inputLimits';
import { readTextFile, writeDurably } from '../dataFolder/durableJsonFile';
import { roomsFolder } from '../dataFolder/dataFolder';

// A session's room between restarts: one small JSON file per session in <data>/rooms/, written
// durably (temp file, fsync, rename) before a phone is told anything that depends on it (its
// token, a note held for approval). Beside the session file, not in it: tokens are credentials
// and must never reach an export, a snapshot or a copied session file; joining is not the
// facilitator's work, so it must not be an undo step or move the session's revision; and the
// session's format needs no new version. Numbers stay unique even if this file is lost, since
// the next number is also above every room number the session's notes and votes carry.

const code = z.string().regex(/^\d{6}$/);
const RoomParticipantRecordSchema = z.strictObject({
  number: z.number().int().min(1).max(999),
  /** SHA-256 of the phone's token: the file alone lets no one join as someone else. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  tableId: z.string().max(80).nullable(),
  staffGroup: z.enum(codesOf(STAFF_GROUPS)).nullable(),
  sector: z.enum(codesOf(SECTORS)).nullable(),
  removed: z.boolean(),
});

/** A note waiting for the facilitator's approval: on no board, seen by no one but its author. */
const HeldNoteSchema = z.strictObject({
  number: z.number().int().min(1).max(999),
  clientNoteId: z.string().max(40),
  text: z.string().max(LIMITS.noteText),
  zoneId: z.string().max(80).nullable(),
  boardId: z.string().max(80),
  receivedAt: z.iso.datetime(),
});

export const RoomRecordSchema = z.strictObject({
  type: z.literal('roundtable.room'),
  version: z.literal(1),
  sessionId: SessionIdSchema,
  /** Stable for the session: phones keep their token and queue under it. */
  roomId: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/),
  /** True from Open room to Close room: a restart reopens it. */
  open: z.boolean(),
  changedAt: z.iso.datetime(),
  address: z.string().max(64),
  port: z.number().int().min(0).max(65535),
  interfaceName: z.string().max(200),
  joinCode: code,
  paused: z.boolean(),
  allowTableChange: z.boolean(),
  moderation: z.boolean(),
  /** The highest number given out in this session's rooms. */
  lastNumber: z.number().int().min(0).max(999),
  participants: z.array(RoomParticipantRecordSchema).max(999),
  held: z.array(HeldNoteSchema).max(5_000),
  hidden: z.array(NoteIdSchema).max(LIMITS.notesPerSession),
});
export type RoomRecord = z.infer<typeof RoomRecordSchema>;
export type RoomParticipantRecord = z.infer<typeof RoomParticipantRecordSchema>;
export type HeldNote = z.infer<typeof HeldNoteSchema>;

const MAX_ROOM_FILE_BYTES = 8 * 1024 * 1024;
const ROOM_FILE_LIMITS = {
  bytes: MAX_ROOM_FILE_BYTES,
  depth: 4,
  values: 200_000,
  stringLength: 10_000,
  entries: 50_000,
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function newRoomId(): string {
  return randomBytes(9).toString('base64url');
}

/** The rooms folder of a data folder: read each session's room, write it durably, one write at a time per file. */
export class RoomRecords {
  readonly folder: string;
  private readonly writing = new Map<string, Promise<void>>();

  constructor(dataDir: string) {
    this.folder = roomsFolder(dataDir);
  }

  fileOf(id: SessionId): string {
    return path.join(this.folder, `${id.replace(':', '-')}.json`);
  }

  /** The session's room as last saved, or null (none yet, or a file that is not one: it is then ignored and replaced). */
  async read(id: SessionId): Promise<RoomRecord | null> {
    const read = await readTextFile(this.fileOf(id), MAX_ROOM_FILE_BYTES).catch(() => null);
    if (read?.kind !== 'text') return null;
    const json = parseJsonInput(read.text, ROOM_FILE_LIMITS, 'The room file');
    const parsed = json.ok ? RoomRecordSchema.safeParse(json.value) : null;
    return parsed?.success && parsed.data.sessionId === id ? parsed.data : null;
  }

  /** Every room left open when the app last stopped, newest first. */
  async openRooms(): Promise<RoomRecord[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const found: RoomRecord[] = [];
    for (const name of names) {
      const match = /^session-([A-Za-z0-9_-]{1,64})\.json$/.exec(name);
      const record = match && (await this.read(`session:${match[1]}` as SessionId));
      if (record?.open) found.push(record);
    }
    return found.sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  }

  /** Writes the record durably; writes of one file never overlap, and each waits for the one before. */
  write(record: RoomRecord): Promise<void> {
    const file = this.fileOf(record.sessionId);
    const text = JSON.stringify(record);
    const run = (this.writing.get(file) ?? Promise.resolve()).then(async () => {
      await mkdir(this.folder, { recursive: true });
      await writeDurably(file, text);
    });
    this.writing.set(
      file,
      run.catch(() => {}),
    );
    return run;
  }
}
