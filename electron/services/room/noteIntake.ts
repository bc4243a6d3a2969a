import type { WebSocket } from 'ws';
import type { Note, SessionDocument, Zone } from '../../../shared/document/schema';
import type { SessionId } from '../../../shared/ids';
import { spotAmong } from '../../../shared/document/placement';
import { operation, type Operation } from '../../../shared/operations/registry';
import { send, type Member } from './roomState';

// Notes arriving from a full room, taken in batches: every note that arrives within a few
// milliseconds goes onto the boards as one addNotes operation, so 200 phones writing make a few
// dozen changes a second, not hundreds (each change is applied, sent to the facilitator's window
// and drawn there). Each phone hears "stored" once its note is on the board, and "saved" once
// the session file holding it is on disk: only then may the phone forget it.

export interface IntakeHost {
  openSession(id: SessionId): Promise<SessionDocument>;
  applyOperation(id: SessionId, op: Operation): Promise<unknown>;
  /** Resolves once every change applied so far is on disk. */
  whenSaved(id: SessionId): Promise<void>;
}

/**
 * How long a note may wait for others to share its operation. Each operation copies the
 * session's notes once (records are immutable), so fewer, larger batches are what keep a
 * session of thousands of notes cheap to add to.
 */
const BATCH_MS = 40;
const MAX_BATCH = 200;

interface Pending {
  member: Member;
  ws: WebSocket;
  clientNoteId: string;
  draft: Note;
}

export class NoteIntake {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private unsaved = new Map<WebSocket, string[]>();
  private saving = false;

  constructor(
    private readonly host: IntakeHost,
    private readonly sessionId: SessionId,
  ) {}

  /** A new note for the next batch. */
  add(member: Member, ws: WebSocket, clientNoteId: string, draft: Note): void {
    this.pending.push({ member, ws, clientNoteId, draft });
    if (this.pending.length >= MAX_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), BATCH_MS);
  }

  /** A note the room has already (a resend): stored at once, saved when the file is. */
  already(ws: WebSocket, clientNoteId: string, held = false): void {
    send(ws, { type: 'stored', clientNoteId, ...(held ? { held } : {}) });
    this.savedLater(ws, clientNoteId);
  }

  /** A note kept durably elsewhere (held for approval in the room's file): saved now. */
  savedNow(ws: WebSocket, clientNoteId: string): void {
    send(ws, { type: 'saved', clientNoteIds: [clientNoteId] });
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }

  private async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const unique = new Map<string, Pending[]>();
    for (const p of batch) unique.set(p.draft.id, [...(unique.get(p.draft.id) ?? []), p]);
    const doc = await this.host.openSession(this.sessionId);
    const placed = this.place(
      doc,
      [...unique.values()].map((ps) => ps[0].draft),
    );
    try {
      await this.host.applyOperation(this.sessionId, operation('addNotes', { notes: placed }));
      for (const ps of unique.values()) for (const p of ps) this.stored(p);
    } catch {
      // One of them no longer fits (its board was locked or removed meanwhile): each on its own, so each hears why.
      for (const [i, ps] of [...unique.values()].entries()) {
        try {
          await this.host.applyOperation(this.sessionId, operation('addNotes', { notes: [placed[i]] }));
          for (const p of ps) this.stored(p);
        } catch (error) {
          for (const p of ps) send(p.ws, { type: 'error', message: (error as Error).message });
        }
      }
    }
  }

  /** Each note in the next free spot of its zone, after the notes placed before it in the batch. */
  private place(doc: SessionDocument, drafts: Note[]): Note[] {
    // One pass over the session for the boards in the batch, not a whole index of it.
    const onBoard = new Map<string, Pick<Note, 'x' | 'y' | 'zoneId'>[]>(drafts.map((d) => [d.boardId, []]));
    for (const id in doc.notes)
      onBoard.get(doc.notes[id as keyof typeof doc.notes].boardId)?.push(doc.notes[id as keyof typeof doc.notes]);
    const zones = new Map<string, Zone[]>();
    for (const zone of Object.values(doc.zones))
      if (onBoard.has(zone.boardId)) zones.set(zone.boardId, [...(zones.get(zone.boardId) ?? []), zone]);
    return drafts.map((draft) => {
      const notes = onBoard.get(draft.boardId)!;
      const at = spotAmong(zones.get(draft.boardId)?.sort((a, b) => a.order - b.order) ?? [], notes, draft.zoneId);
      const note = { ...draft, ...at };
      notes.push(note);
      return note;
    });
  }

  private stored(p: Pending): void {
    p.member.accepted.add(p.clientNoteId);
    send(p.ws, { type: 'stored', clientNoteId: p.clientNoteId });
    this.savedLater(p.ws, p.clientNoteId);
  }

  private savedLater(ws: WebSocket, clientNoteId: string): void {
    const list = this.unsaved.get(ws);
    if (list) list.push(clientNoteId);
    else this.unsaved.set(ws, [clientNoteId]);
    if (!this.saving) void this.tellSaved();
  }

  /** Waits for the save covering everything stored so far, tells each phone, and goes again for what came meanwhile. */
  private async tellSaved(): Promise<void> {
    this.saving = true;
    while (this.unsaved.size > 0) {
      const round = this.unsaved;
      this.unsaved = new Map();
      await this.host.whenSaved(this.sessionId);
      for (const [ws, clientNoteIds] of round) send(ws, { type: 'saved', clientNoteIds });
    }
    this.saving = false;
  }
}
