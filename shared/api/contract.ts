import { z } from 'zod';
import { NoteIdSchema, SessionIdSchema, TableIdSchema, type NoteId, type SessionId, type TableId } from '../ids';
import { EXPORT_FILE_LIMITS } from '../import/parseExport';
import type { TableMerge } from '../import/tableMerge';
import { EventDetailsSchema, type EventDetails, type SessionDocument } from '../document/schema';
import type { SessionSummary } from '../document/create';
import { OperationSchema, type Operation } from '../operations/registry';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../templates/schema';
import { LIMITS } from '../document/limits';
import { API_METHODS, type ApiMethodName } from './methods';
import type { Diagnostics } from './diagnostics';
import { SnapshotIdSchema, type SnapshotInfo, type StorageNotice } from './storage';
import { PiiReviewSchema } from '../export/reviewSchema';
import type { PiiFlag, PiiReview } from '../export/review';
import type { ExportFile, ExportResult } from '../export/files';
import type { SynthesisFileOutcome, SynthesisView } from '../synthesis/types';
import type { RoomInterface, RoomOptions, RoomStatus } from '../room/protocol';

/** Facts about the running app, for the status bar and Help > About. */
export interface AppInfo {
  version: string;
  /** `desktop` inside Electron, `browser` when served by `npm run serve`. */
  mode: 'desktop' | 'browser';
  dataDir: string;
  schemaVersion: number;
  /** The practice session made on this data folder's first run, which the explorer marks as a sample. */
  sampleSessionId?: SessionId;
}

export type SaveStatus = 'saved' | 'saving' | 'error';

/** A template as the library lists it: shipped with the app, or the user's own (saved with `saveTemplate`). */
export type LibraryTemplate = ExerciseTemplate & { origin: 'shipped' | 'own' };

/** Everything the services tell the renderer without being asked. */
export type ApiEvent =
  | { type: 'sessionChanged'; sessionId: SessionId; revision: number; operation: Operation; origin: string }
  | { type: 'sessionsChanged' }
  /** The user opened a session file from outside (a double-click in the desktop): show it. */
  | { type: 'openSessionRequested'; sessionId: SessionId }
  | { type: 'saveStatus'; sessionId: SessionId; status: SaveStatus; message: string | null }
  /** The room opened, closed, paused, or someone joined, left or added a note: ask getRoomStatus. */
  | { type: 'roomChanged' };

/**
 * The one contract between the renderer and the services, whatever carries it (Electron
 * IPC or the browser-mode WebSocket). Every method is async and fails with an ApiError.
 */
export interface RoundtableApi {
  getAppInfo(): Promise<AppInfo>;
  listSessions(): Promise<SessionSummary[]>;
  createSession(event: EventDetails): Promise<SessionDocument>;
  openSession(id: SessionId): Promise<SessionDocument>;
  renameSession(id: SessionId, name: string): Promise<SessionSummary>;
  deleteSession(id: SessionId): Promise<void>;
  /** Applies one operation to a session; resolves with the session's new revision once applied (saving follows). */
  applyOperation(id: SessionId, operation: Operation): Promise<{ revision: number }>;
  /** The shipped templates in the decks' order, then the user's own. */
  listTemplates(): Promise<LibraryTemplate[]>;
  /** Saves one of the user's own templates (id `custom.…`) in the data folder for later events; a shipped id is refused. */
  saveTemplate(template: ExerciseTemplate): Promise<LibraryTemplate>;
  /** Deletes one of the user's own templates (moved aside, never erased); a shipped one cannot be deleted. */
  deleteTemplate(id: string): Promise<void>;
  /** Versions and recent errors for Help > Copy diagnostics; never session content. */
  getDiagnostics(): Promise<Diagnostics>;
  /** A session's version history, newest first (it survives the session's file being damaged). */
  listSnapshots(id: SessionId): Promise<SnapshotInfo[]>;
  /** One version from the history, migrated to this build's format; restore it with the `restoreVersion` operation. */
  readSnapshot(id: SessionId, snapshotId: string): Promise<SessionDocument>;
  /** Brings back a session whose file was damaged (and quarantined) from a version in its history. */
  recoverSession(id: SessionId, snapshotId: string): Promise<SessionSummary>;
  /** Damaged files that were quarantined and files from a newer Roundtable, each with what the user can do. */
  listStorageNotices(): Promise<StorageNotice[]>;
  /** The PII check on a session's notes now: each flag for the facilitator to redact or keep before exporting. */
  checkExportPii(id: SessionId): Promise<PiiFlag[]>;
  /** The session's export (JSON, notes.csv, votes.csv) with the review applied to the copy only; null: no check ran. */
  exportSession(id: SessionId, review: PiiReview | null): Promise<ExportResult>;
  /** One table's part of the session (its boards and everything on them), for merging on the facilitator's laptop. */
  exportTable(id: SessionId, tableId: TableId, review: PiiReview | null): Promise<ExportResult>;
  /** A session export (the .roundtable-export.json) added as a new session, checked in full first; a bad file changes nothing. */
  importSessionExport(fileName: string, text: string): Promise<SessionSummary>;
  /**
   * A table's export from another laptop, checked in full against this session, as the one
   * `addTable` operation that merges it (ids kept); the window applies it, so Undo takes it back.
   * A table already merged is refused.
   */
  planTableMerge(id: SessionId, fileName: string, text: string): Promise<TableMerge>;
  /** Adds a batch of export files to the Synthesis workspace; each is checked as an import is, and its outcome returned. */
  addSynthesisFiles(files: { name: string; text: string }[]): Promise<SynthesisFileOutcome[]>;
  /** The synthesis of every file added so far, and each file's outcome. */
  getSynthesis(): Promise<SynthesisView>;
  /** Empties the Synthesis workspace. */
  clearSynthesis(): Promise<void>;
  /** The merged dataset: synthesis JSON, notes and counts CSVs, the report (HTML) and the workbook. */
  exportSynthesis(): Promise<ExportFile[]>;
  /** The event pack's report printed to an A4 PDF (base64) by the desktop app; null in browser mode, where the HTML is printed from the browser. */
  reportToPdf(html: string): Promise<string | null>;
  /** The networks a room may be offered on (the machine's own; "This computer only" for trying it out). None is chosen for the user. */
  listRoomInterfaces(): Promise<RoomInterface[]>;
  /**
   * Opens the session's room on one network: participants' page, join code and QR code, as it
   * was left (its code, participants and their numbers). Refused while another session's room is open.
   */
  openRoom(id: SessionId, address: string): Promise<RoomStatus>;
  /** Closes the room at once: every phone told, every socket closed, the port freed. */
  closeRoom(): Promise<void>;
  /** The open room, or null. */
  getRoomStatus(): Promise<RoomStatus | null>;
  /** Pauses (or resumes) participants' notes and votes. */
  setRoomPaused(paused: boolean): Promise<void>;
  /** The facilitator's choices: whether phones may change table, whether notes wait for approval. */
  setRoomOptions(options: RoomOptions): Promise<void>;
  /** A new join code: the old one stops working at once; phones already in the room carry on. */
  newRoomJoinCode(): Promise<RoomStatus>;
  /** Puts notes held for approval on their boards (approve) or drops them; ids as the room's status lists them. */
  reviewRoomNotes(ids: string[], approve: boolean): Promise<void>;
  /** Removes a participant: their token stops working; their notes stay. */
  removeRoomParticipant(participant: number): Promise<void>;
  /** Hides notes from the phones (all but their author's), or shows them again; they stay on the board. */
  setRoomNotesHidden(noteIds: NoteId[], hidden: boolean): Promise<void>;
  /** Subscribes to events; returns the function that unsubscribes. */
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

export type ApiMethod = Exclude<keyof RoundtableApi, 'onEvent'>;

// The method list in methods.ts and this interface must name the same methods.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodListMatches: Same<ApiMethod, ApiMethodName> = true;
void methodListMatches;

const sessionName = z.string().trim().min(1, 'must not be empty').max(LIMITS.label);
const importFileName = z.string().min(1).max(260);
/** An export file's text; the import checks its size and shape itself, with messages that name the file. */
const importText = z.string().max(EXPORT_FILE_LIMITS.bytes);

/** The argument schema of every method: each transport validates what arrives against it. */
export const API_ARGUMENTS = {
  getAppInfo: z.tuple([]),
  listSessions: z.tuple([]),
  createSession: z.tuple([EventDetailsSchema]),
  openSession: z.tuple([SessionIdSchema]),
  renameSession: z.tuple([SessionIdSchema, sessionName]),
  deleteSession: z.tuple([SessionIdSchema]),
  applyOperation: z.tuple([SessionIdSchema, OperationSchema]),
  listTemplates: z.tuple([]),
  saveTemplate: z.tuple([ExerciseTemplateSchema]),
  deleteTemplate: z.tuple([z.string().min(1).max(80)]),
  getDiagnostics: z.tuple([]),
  listSnapshots: z.tuple([SessionIdSchema]),
  readSnapshot: z.tuple([SessionIdSchema, SnapshotIdSchema]),
  recoverSession: z.tuple([SessionIdSchema, SnapshotIdSchema]),
  listStorageNotices: z.tuple([]),
  checkExportPii: z.tuple([SessionIdSchema]),
  exportSession: z.tuple([SessionIdSchema, PiiReviewSchema.nullable()]),
  exportTable: z.tuple([SessionIdSchema, TableIdSchema, PiiReviewSchema.nullable()]),
  importSessionExport: z.tuple([importFileName, importText]),
  planTableMerge: z.tuple([SessionIdSchema, importFileName, importText]),
  // A batch is bounded by the message size (16 MB); the window sends about 8 MB at a time.
  addSynthesisFiles: z.tuple([
    z
      .array(z.strictObject({ name: importFileName, text: importText }))
      .min(1)
      .max(500),
  ]),
  getSynthesis: z.tuple([]),
  clearSynthesis: z.tuple([]),
  exportSynthesis: z.tuple([]),
  reportToPdf: z.tuple([z.string().max(EXPORT_FILE_LIMITS.bytes)]),
  listRoomInterfaces: z.tuple([]),
  openRoom: z.tuple([SessionIdSchema, z.string().min(2).max(64)]),
  closeRoom: z.tuple([]),
  getRoomStatus: z.tuple([]),
  setRoomPaused: z.tuple([z.boolean()]),
  setRoomOptions: z.tuple([
    z.strictObject({ allowTableChange: z.boolean().optional(), moderation: z.boolean().optional() }),
  ]),
  newRoomJoinCode: z.tuple([]),
  reviewRoomNotes: z.tuple([
    z
      .array(z.string().regex(/^\d{1,3}:[A-Za-z0-9_-]{6,40}$/))
      .min(1)
      .max(5_000),
    z.boolean(),
  ]),
  removeRoomParticipant: z.tuple([z.number().int().min(1).max(999)]),
  setRoomNotesHidden: z.tuple([z.array(NoteIdSchema).min(1).max(5_000), z.boolean()]),
} as const satisfies Record<ApiMethod, z.ZodType<unknown[]>>;

export { API_METHODS };
export type { Diagnostics };
export type { SnapshotInfo, StorageNotice };

/** Who is calling: one window or one browser connection. */
export interface CallContext {
  clientId: string;
}

/** The services' side of the contract: each method also receives who called it. */
export type ApiHandlers = {
  [M in ApiMethod]: (ctx: CallContext, ...args: Parameters<RoundtableApi[M]>) => ReturnType<RoundtableApi[M]>;
} & { onEvent(listener: (event: ApiEvent) => void): () => void };
