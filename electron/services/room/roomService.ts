import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { WebSocket } from 'ws';
import type { ApiEvent, CallContext } from '../../../shared/api/contract';
import type { SessionDocument } from '../../../shared/document/schema';
import type { NoteId, SessionId, TableId, ZoneId } from '../../../shared/ids';
import type { Operation } from '../../../shared/operations/registry';
import { ApiError, fail, type Result } from '../../../shared/result';
import {
  addNoteOperation,
  dotOperation,
  participantView,
  rateOperation,
  type RoomMember,
} from '../../../shared/room/participantActions';
import {
  ParticipantMessageSchema,
  type ParticipantMessage,
  type RoomInterface,
  type RoomStatus,
  type ServerMessage,
} from '../../../shared/room/protocol';
import { isJoinCode, newJoinCode } from './joinCode';
import { JoinGuard } from './joinGuard';
import { offerableInterfaces } from './networkInterfaces';
import { startRoomServer, type RoomServer } from './roomServer';
import { checkNoRepeatedKeys } from '../../../shared/strictJson';

/** What the room needs from the session services. */
export interface RoomHost {
  openSession(ctx: CallContext, id: SessionId): Promise<SessionDocument>;
  applyOperation(ctx: CallContext, id: SessionId, op: Operation): Promise<{ revision: number }>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

/** Room participants are numbered from here, apart from the numbers a shared-screen voting round gives out (1 up). */
export const FIRST_ROOM_NUMBER = 501;
const LOOPBACK: RoomInterface = { name: 'This computer only (for trying it out)', address: '127.0.0.1' };
/** Messages a participant may send: a burst, then a steady rate; far beyond anyone typing notes. */
const BURST = 20;
const PER_SECOND = 5;
/** A socket this far behind on what it was sent is skipped until it catches up; the facilitator never waits for it. */
const MAX_BUFFERED = 512 * 1024;
const VIEW_DELAY_MS = 100;
const ROOM_CTX: CallContext = { clientId: 'room' };

interface Member extends RoomMember {
  token: string;
  sockets: Set<WebSocket>;
}

interface OpenRoom {
  sessionId: SessionId;
  iface: RoomInterface;
  server: RoomServer;
  joinCode: string;
  qrSvg: string;
  paused: boolean;
  members: Map<string, Member>;
  guard: JoinGuard;
  unsubscribe: () => void;
  viewTimer: NodeJS.Timeout | null;
  queue: Promise<void>;
  /** Notes the facilitator hid from the phones (kept on the board); for this room only. */
  hidden: Set<string>;
}

/**
 * Room mode: table groups join from their own phones over the room's own network. One room
 * at a time, for one session; everything they send becomes the same operations the
 * facilitator's window applies, stored only on this machine.
 */
export class RoomService {
  private room: OpenRoom | null = null;

  constructor(
    private readonly host: RoomHost,
    private readonly rendererDir: string,
    private readonly emit: (event: ApiEvent) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  interfaces(): RoomInterface[] {
    return [...offerableInterfaces(), LOOPBACK];
  }

  async open(sessionId: SessionId, address: string): Promise<RoomStatus> {
    const iface = this.interfaces().find((i) => i.address === address);
    if (!iface)
      throw new ApiError({
        code: 'invalid-input',
        message: `${address} is not one of this computer's network addresses now. Choose one from the list (is the hotspot still connected?).`,
      });
    await this.host.openSession(ROOM_CTX, sessionId);
    await this.close();
    const members = new Map<string, Member>();
    const server = await startRoomServer({
      address,
      rendererDir: this.rendererDir,
      onSocket: (ws, from) => this.connect(ws, from),
    }).catch((error: NodeJS.ErrnoException) => {
      throw new ApiError({
        code: 'storage-failed',
        message: `The room could not start on ${address}: ${error.code ?? error.message}. Choose another network, or check nothing else is using it.`,
      });
    });
    const url = `${server.origin}/`;
    this.room = {
      sessionId,
      iface,
      server,
      joinCode: newJoinCode(),
      qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      paused: false,
      members,
      guard: new JoinGuard(),
      viewTimer: null,
      queue: Promise.resolve(),
      hidden: new Set(),
      unsubscribe: this.host.onEvent((event) => {
        if (event.type === 'sessionChanged' && event.sessionId === sessionId) this.scheduleViews();
      }),
    };
    this.changed();
    return (await this.status())!;
  }

  /** Closes the room at once: every phone is told, every socket closed, the port freed. */
  async close(): Promise<void> {
    const room = this.room;
    if (!room) return;
    this.room = null;
    room.unsubscribe();
    if (room.viewTimer) clearTimeout(room.viewTimer);
    for (const m of room.members.values())
      for (const ws of m.sockets)
        send(ws, { type: 'closed', message: 'The facilitator closed the room. Thank you for taking part.' });
    await room.server.close();
    this.changed();
  }

  /** Closes the room if it is for `sessionId` (the session is being deleted). */
  async closeFor(sessionId: SessionId): Promise<void> {
    if (this.room?.sessionId === sessionId) await this.close();
  }

  /** The open room with each participant's table and how many notes they added, or null. */
  async status(): Promise<RoomStatus | null> {
    const room = this.room;
    if (!room) return null;
    const doc = await this.host.openSession(ROOM_CTX, room.sessionId);
    return {
      sessionId: room.sessionId,
      interfaceName: room.iface.name,
      address: room.iface.address,
      port: room.server.port,
      url: `${room.server.origin}/`,
      joinCode: room.joinCode,
      qrSvg: room.qrSvg,
      paused: room.paused,
      hiddenNotes: room.hidden.size,
      participants: [...room.members.values()]
        .sort((a, b) => a.number - b.number)
        .map((m) => ({
          number: m.number,
          tableName: m.tableId ? (doc.tables[m.tableId]?.name ?? null) : null,
          connected: m.sockets.size > 0,
          notes: Object.keys(doc.notes).filter((id) => id.startsWith(`note:room${m.number}-`)).length,
        })),
    };
  }

  setPaused(paused: boolean): void {
    if (!this.room) throw new ApiError({ code: 'not-found', message: 'No room is open.' });
    this.room.paused = paused;
    this.scheduleViews();
    this.changed();
  }

  /** Hides notes from every phone but their author's (or shows them again); they stay on the board. */
  setHidden(noteIds: readonly string[], hidden: boolean): void {
    if (!this.room) throw new ApiError({ code: 'not-found', message: 'No room is open.' });
    for (const id of noteIds) {
      if (hidden) this.room.hidden.add(id);
      else this.room.hidden.delete(id);
    }
    this.scheduleViews();
    this.changed();
  }

  /** Removes a participant: their token stops working and their phone is told; their notes stay on the board. */
  removeParticipant(number: number): void {
    const room = this.room;
    const member = room && [...room.members.values()].find((m) => m.number === number);
    if (!room || !member)
      throw new ApiError({ code: 'not-found', message: `Participant ${number} is not in the room.` });
    room.members.delete(member.token);
    for (const ws of member.sockets) {
      send(ws, { type: 'closed', message: 'The facilitator removed you from the room.' });
      ws.close();
    }
    this.changed();
  }

  private changed(): void {
    this.emit({ type: 'roomChanged' });
  }

  private connect(ws: WebSocket, from: string): void {
    const room = this.room;
    if (!room) return void ws.terminate();
    let member: Member | null = null;
    let allowance = BURST;
    let last = Date.now();
    ws.on('message', (data, isBinary) => {
      const t = Date.now();
      allowance = Math.min(BURST, allowance + ((t - last) / 1000) * PER_SECOND);
      last = t;
      if (allowance < 1)
        return send(ws, { type: 'error', message: 'Too many messages at once: wait a moment, then try again.' });
      allowance -= 1;
      let message: ParticipantMessage;
      try {
        const text = isBinary ? 'null' : data.toString();
        const value: unknown = JSON.parse(text);
        // A key repeated in one object is refused, not read last-one-wins (strictJson.ts).
        const repeats = checkNoRepeatedKeys(text, value, 'That message');
        if (!repeats.ok) return send(ws, { type: 'error', message: `${repeats.error.message} Reload the page.` });
        const parsed = ParticipantMessageSchema.safeParse(value);
        if (!parsed.success)
          return send(ws, {
            type: 'error',
            message: `That message was not understood (${parsed.error.issues[0].path.join('.') || 'type'}: ${parsed.error.issues[0].message}). Reload the page.`,
          });
        message = parsed.data;
      } catch {
        return send(ws, { type: 'error', message: 'That message was not understood. Reload the page.' });
      }
      // One message at a time for the whole room, so each sees the document the last one left
      // (a resend finds its note stored; two phones' notes never land on the same spot).
      room.queue = room.queue
        .then(() => this.handle(room, ws, from, member, message))
        .then((joined) => {
          if (joined) member = joined;
        })
        .catch(() => send(ws, { type: 'error', message: 'Something went wrong with that message; please try again.' }));
    });
    ws.on('close', () => {
      if (member) {
        member.sockets.delete(ws);
        this.changed();
      }
    });
    ws.on('error', () => ws.terminate());
  }

  /** Handles one message; resolves with the member when it was a successful join. */
  private async handle(
    room: OpenRoom,
    ws: WebSocket,
    from: string,
    member: Member | null,
    message: ParticipantMessage,
  ): Promise<Member | null> {
    if (this.room !== room) return null;
    if (message.type === 'join') return this.join(room, ws, from, message);
    if (!member || !room.members.has(member.token)) {
      send(ws, { type: 'closed', message: 'You are not in the room. Reload the page and enter the join code.' });
      return null;
    }
    const doc = await this.host.openSession(ROOM_CTX, room.sessionId);
    if (message.type === 'profile') {
      if (!doc.tables[message.tableId as TableId])
        return (send(ws, { type: 'error', message: 'That table is no longer in this session. Choose another.' }), null);
      Object.assign(member, {
        tableId: message.tableId as TableId,
        staffGroup: message.staffGroup,
        sector: message.sector,
      });
      this.sendView(room, member, doc);
      this.changed();
      return null;
    }
    if (room.paused)
      return (
        send(ws, {
          type: 'error',
          message: 'The facilitator has paused input for a moment. Your note is kept on this phone.',
        }),
        null
      );
    let result: Result<Operation | null>;
    if (message.type === 'addNote')
      result = addNoteOperation(
        doc,
        member,
        message.clientNoteId,
        message.text,
        message.zoneId,
        this.now().toISOString(),
      );
    else if (message.type === 'dot')
      result =
        room.hidden.has(message.noteId) && message.add
          ? fail('invalid-input', 'That note is not open for votes.')
          : dotOperation(doc, member, message.noteId as NoteId, message.add);
    else result = rateOperation(doc, member, message.zoneId as ZoneId, message.value);
    if (!result.ok) return (send(ws, { type: 'error', message: result.error.message }), null);
    try {
      if (result.value) await this.host.applyOperation(ROOM_CTX, room.sessionId, result.value);
      if (message.type === 'addNote') send(ws, { type: 'stored', clientNoteId: message.clientNoteId });
      if (!result.value) this.sendView(room, member, doc);
    } catch (error) {
      send(ws, { type: 'error', message: (error as Error).message });
    }
    return null;
  }

  private join(
    room: OpenRoom,
    ws: WebSocket,
    from: string,
    message: Extract<ParticipantMessage, { type: 'join' }>,
  ): Member | null {
    let member = message.token ? room.members.get(message.token) : undefined;
    if (!member) {
      const verdict = room.guard.check(from);
      if (!verdict.allowed) {
        send(ws, {
          type: 'error',
          message: `Too many wrong codes from this device. Try again in ${Math.ceil(verdict.retryInMs / 1000)} seconds.`,
          retryInSeconds: Math.ceil(verdict.retryInMs / 1000),
        });
        return null;
      }
      if (!message.code || !isJoinCode(room.joinCode, message.code)) {
        room.guard.failed(from);
        send(ws, {
          type: 'error',
          message:
            message.token && !message.code
              ? 'This phone’s place in the room has ended. Enter the join code to join again.'
              : 'That is not the join code. Check the six digits on the screen and try again.',
        });
        return null;
      }
      room.guard.succeeded(from);
      const number = Math.max(FIRST_ROOM_NUMBER - 1, ...[...room.members.values()].map((m) => m.number)) + 1;
      member = {
        token: randomBytes(24).toString('base64url'),
        number,
        tableId: null,
        staffGroup: null,
        sector: null,
        sockets: new Set(),
      };
      room.members.set(member.token, member);
    }
    member.sockets.add(ws);
    void this.host.openSession(ROOM_CTX, room.sessionId).then((doc) => {
      const tables = Object.values(doc.tables)
        .sort((a, b) => a.order - b.order)
        .map((t) => ({ id: t.id, name: t.name }));
      send(ws, { type: 'joined', token: member.token, participant: member.number, tables, tableId: member.tableId });
      this.sendView(room, member, doc);
    });
    this.changed();
    return member;
  }

  private sendView(room: OpenRoom, member: Member, doc: SessionDocument): void {
    const view = participantView(doc, member, room.paused, this.now().getTime(), room.hidden);
    for (const ws of member.sockets) if (ws.bufferedAmount < MAX_BUFFERED) send(ws, { type: 'view', view });
  }

  /** Every member's view again, at most every VIEW_DELAY_MS however fast the session changes. */
  private scheduleViews(): void {
    const room = this.room;
    if (!room || room.viewTimer) return;
    room.viewTimer = setTimeout(() => {
      room.viewTimer = null;
      void this.host.openSession(ROOM_CTX, room.sessionId).then((doc) => {
        for (const member of room.members.values()) this.sendView(room, member, doc);
      });
      this.changed();
    }, VIEW_DELAY_MS);
  }
}

function send(ws: WebSocket, message: ServerMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}
