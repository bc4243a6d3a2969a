import QRCode from 'qrcode';
import type { WebSocket } from 'ws';
import type { ApiEvent, CallContext } from '../../../shared/api/contract';
import type { SessionDocument } from '../../../shared/document/schema';
import type { SessionId } from '../../../shared/ids';
import type { Operation } from '../../../shared/operations/registry';
import { ApiError } from '../../../shared/result';
import { roomIndex } from '../../../shared/room/participantView';
import type { RoomInterface, RoomOptions, RoomStatus } from '../../../shared/room/protocol';
import { JoinGuard } from './joinGuard';
import { newJoinCode } from './joinCode';
import { offerableInterfaces } from './networkInterfaces';
import { NoteIntake } from './noteIntake';
import { ParticipantMessages } from './participantMessages';
import { RoomRecords } from './roomRecord';
import { startRoomServer, type RoomServer } from './roomServer';
import { newRoomRecord, RoomState, send } from './roomState';

/** What the room needs from the session services. */
export interface RoomHost {
  openSession(ctx: CallContext, id: SessionId): Promise<SessionDocument>;
  applyOperation(ctx: CallContext, id: SessionId, op: Operation): Promise<{ revision: number }>;
  /** Resolves once every change applied to the session so far is on disk. */
  whenSaved(id: SessionId): Promise<void>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

const LOOPBACK: RoomInterface = { name: 'This computer only (for trying it out)', address: '127.0.0.1' };
const ROOM_CTX: CallContext = { clientId: 'room' };
/** A room left open longer ago than this is not reopened by itself: the computer may be on another network now. */
export const RESUME_WITHIN_MS = 12 * 3600_000;
const CHANGED_MS = 250;

/** The open room: its state, its server and what it runs. */
export interface OpenRoom {
  state: RoomState;
  server: RoomServer;
  qrSvg: string;
  guard: JoinGuard;
  intake: NoteIntake;
  messages: ParticipantMessages;
  unsubscribe: () => void;
}

/**
 * Room mode: table groups join from their own phones over the room's own network. One room
 * at a time, for one session; everything they send becomes the same operations the
 * facilitator's window applies, stored only on this machine. The room's state is kept in
 * <data>/rooms/ (roomRecord.ts), so a restart or a crash reopens it as it was.
 */
export class RoomService {
  private room: OpenRoom | null = null;
  private readonly records: RoomRecords;
  private changedTimer: NodeJS.Timeout | null = null;
  private lastChanged = 0;

  constructor(
    private readonly host: RoomHost,
    dataDir: string,
    private readonly rendererDir: string,
    private readonly emit: (event: ApiEvent) => void,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.records = new RoomRecords(dataDir);
  }

  interfaces(): RoomInterface[] {
    return [...offerableInterfaces(), LOOPBACK];
  }

  /** Opens the session's room on one of this computer's addresses, as it was left (its code, participants and numbers). */
  async open(sessionId: SessionId, address: string): Promise<RoomStatus> {
    const iface = this.interfaces().find((i) => i.address === address);
    if (!iface)
      throw new ApiError({
        code: 'invalid-input',
        message: `${address} is not one of this computer's network addresses now. Choose one from the list (is the hotspot still connected?).`,
      });
    await this.host.openSession(ROOM_CTX, sessionId);
    const current = this.room;
    if (current && current.state.sessionId !== sessionId) {
      const other = await this.host.openSession(ROOM_CTX, current.state.sessionId).catch(() => null);
      throw new ApiError({
        code: 'conflict',
        message: `The room of “${other?.event.name ?? 'another session'}” is open. Close it first (Facilitate › Close room); one room is open at a time.`,
      });
    }
    if (current?.state.record.address === address) return (await this.status())!;
    await this.suspend();
    const record = (await this.records.read(sessionId)) ?? newRoomRecord(sessionId, this.now());
    const ports = record.address === address && record.port ? [record.port] : [];
    const state = new RoomState({ ...record, address, interfaceName: iface.name, open: true }, this.records, this.now);
    const messages = new ParticipantMessages(this.host, state, this.now, () => this.changed());
    const server = await startRoomServer({
      address,
      rendererDir: this.rendererDir,
      ports,
      onSocket: (ws, from) => this.connect(ws, from),
    }).catch((error: NodeJS.ErrnoException) => {
      throw new ApiError({
        code: 'storage-failed',
        message: `The room could not start on ${address}: ${error.code ?? error.message}. Choose another network, or check nothing else is using it.`,
      });
    });
    state.record.port = server.port;
    try {
      await state.persist();
    } catch (error) {
      await server.close();
      throw new ApiError({
        code: 'storage-failed',
        message: `The room could not keep its state in ${this.records.folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), so it was not opened.`,
      });
    }
    const url = `${server.origin}/`;
    this.room = {
      state,
      server,
      qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      guard: messages.guard,
      intake: messages.intake,
      messages,
      unsubscribe: this.host.onEvent((event) => {
        if (event.type === 'sessionChanged' && event.sessionId === sessionId) messages.scheduleViews();
      }),
    };
    this.changed();
    return (await this.status())!;
  }

  /**
   * Reopens the room left open when the app last stopped (or crashed), on the same address,
   * port and code. Resolves with what went wrong, in words, or null.
   */
  async resume(): Promise<string | null> {
    const [latest, ...older] = await this.records.openRooms();
    for (const record of older) await this.records.write({ ...record, open: false }).catch(() => {});
    if (!latest) return null;
    const age = this.now().getTime() - Date.parse(latest.changedAt);
    if (age > RESUME_WITHIN_MS) {
      await this.records.write({ ...latest, open: false }).catch(() => {});
      return `A room was left open when Roundtable last stopped, over 12 hours ago; it was not reopened by itself. Open room opens it again with its join code and participants.`;
    }
    try {
      await this.open(latest.sessionId, latest.address);
      return null;
    } catch (error) {
      return `The room left open when Roundtable last stopped could not reopen on ${latest.address}: ${(error as Error).message}`;
    }
  }

  /** Closes the room at once: every phone is told, every socket closed, the port freed; it stays closed after a restart. */
  async close(): Promise<void> {
    const room = this.room;
    if (!room) return;
    this.room = null;
    this.stop(room);
    room.state.broadcast({ type: 'closed', message: 'The facilitator closed the room. Thank you for taking part.' });
    room.state.record.open = false;
    await room.state.persist().catch(() => {});
    await room.server.close();
    this.changed();
  }

  /** Stops serving without closing (the app is quitting): the room reopens on the next start, and phones keep trying till then. */
  async suspend(): Promise<void> {
    const room = this.room;
    if (!room) return;
    this.room = null;
    this.stop(room);
    await room.state.persist().catch(() => {});
    await room.server.suspend();
    this.changed();
  }

  /** Closes the room if it is for `sessionId` (the session is being deleted). */
  async closeFor(sessionId: SessionId): Promise<void> {
    if (this.room?.state.sessionId === sessionId) await this.close();
  }

  /** The open room with each participant's table and how many notes they added, or null. */
  async status(): Promise<RoomStatus | null> {
    const room = this.room;
    if (!room) return null;
    const { record } = room.state;
    const doc = await this.host.openSession(ROOM_CTX, record.sessionId);
    const index = roomIndex(doc);
    const tableName = (id: string | null) => (id ? (doc.tables[id as never]?.name ?? null) : null);
    return {
      sessionId: record.sessionId,
      sessionName: doc.event.name,
      interfaceName: record.interfaceName,
      address: record.address,
      port: room.server.port,
      url: `${room.server.origin}/`,
      joinCode: record.joinCode,
      qrSvg: room.qrSvg,
      paused: record.paused,
      allowTableChange: record.allowTableChange,
      moderation: record.moderation,
      held: record.held.map((h) => ({
        id: `${h.number}:${h.clientNoteId}`,
        participant: h.number,
        tableName: tableName(doc.boards[h.boardId as never]?.tableId ?? null),
        text: h.text,
      })),
      hiddenNotes: room.state.hidden.size,
      hidden: [...room.state.hidden],
      participants: [...room.state.members.values()]
        .filter((m) => !m.record.removed)
        .sort((a, b) => a.number - b.number)
        .map((m) => ({
          number: m.number,
          tableName: tableName(m.tableId),
          connected: m.sockets.size > 0,
          notes: index.notesByNumber.get(m.number)?.length ?? 0,
        })),
      guessing: room.guard.alert(),
    };
  }

  async setPaused(paused: boolean): Promise<void> {
    const room = this.opened();
    room.state.record.paused = paused;
    await this.saved(room);
  }

  async setOptions(options: RoomOptions): Promise<void> {
    const room = this.opened();
    if (options.allowTableChange !== undefined) room.state.record.allowTableChange = options.allowTableChange;
    if (options.moderation !== undefined) room.state.record.moderation = options.moderation;
    await this.saved(room);
  }

  /** A new join code: the old one stops working at once; phones already in the room carry on. */
  async newJoinCode(): Promise<RoomStatus> {
    const room = this.opened();
    let code = newJoinCode();
    while (code === room.state.record.joinCode) code = newJoinCode();
    room.state.record.joinCode = code;
    room.guard.codeChanged();
    await this.saved(room);
    return (await this.status())!;
  }

  /** Hides notes from every phone but their author's (or shows them again); they stay on the board. */
  async setHidden(noteIds: readonly string[], hidden: boolean): Promise<void> {
    const room = this.opened();
    for (const id of noteIds) {
      if (hidden) room.state.hidden.add(id);
      else room.state.hidden.delete(id);
    }
    await this.saved(room);
  }

  /** Puts held notes on their boards (approve) or drops them; ids as the status lists them. */
  async reviewHeld(ids: readonly string[], approve: boolean): Promise<void> {
    const room = this.opened();
    await room.messages.reviewHeld(new Set(ids), approve);
    await this.saved(room);
  }

  /** Removes a participant: their token stops working and their phone is told; their notes stay on the board. */
  async removeParticipant(number: number): Promise<void> {
    const room = this.opened();
    const member = room.state.memberByNumber(number);
    if (!member || member.record.removed)
      throw new ApiError({ code: 'not-found', message: `Participant ${number} is not in the room.` });
    member.record.removed = true;
    await room.state.persist();
    for (const ws of member.sockets) {
      send(ws, { type: 'removed', message: 'The facilitator removed you from the room.' });
      ws.close();
    }
    member.sockets.clear();
    this.changed();
  }

  private opened(): OpenRoom {
    if (!this.room) throw new ApiError({ code: 'not-found', message: 'No room is open.' });
    return this.room;
  }

  /** Keeps the change durably, then shows it to the phones and the facilitator. */
  private async saved(room: OpenRoom): Promise<void> {
    await room.state.persist().catch((error: Error) => {
      throw new ApiError({ code: 'storage-failed', message: `The room could not save that change: ${error.message}` });
    });
    room.messages.scheduleViews();
    this.changed();
  }

  private stop(room: OpenRoom): void {
    room.unsubscribe();
    room.messages.stop();
  }

  /** Tells the windows the room changed: at most every CHANGED_MS, since a full room changes all the time and each window then asks for the status. */
  private changed(): void {
    if (this.changedTimer) return;
    const wait = Math.max(0, this.lastChanged + CHANGED_MS - Date.now());
    this.changedTimer = setTimeout(() => {
      this.changedTimer = null;
      this.lastChanged = Date.now();
      this.emit({ type: 'roomChanged' });
    }, wait);
  }

  private connect(ws: WebSocket, from: string): void {
    if (!this.room) return void ws.terminate();
    this.room.messages.connect(ws, from);
  }
}
