import type { WebSocket } from 'ws';
import type { CallContext } from '../../../shared/api/contract';
import type { SessionDocument } from '../../../shared/document/schema';
import type { NoteId, TableId, ZoneId } from '../../../shared/ids';
import { operation, type Operation } from '../../../shared/operations/registry';
import { fail, type Result } from '../../../shared/result';
import {
  dotOperation,
  nextRoomNumber,
  rateOperation,
  roomNoteDraft,
  roomNoteId,
} from '../../../shared/room/participantActions';
import { participantViewMessage, roomIndex } from '../../../shared/room/participantView';
import { spotAmong } from '../../../shared/document/placement';
import { ParticipantMessageSchema, type ParticipantMessage } from '../../../shared/room/protocol';
import { checkNoRepeatedKeys } from '../../../shared/strictJson';
import { isJoinCode } from './joinCode';
import { JoinGuard } from './joinGuard';
import { NoteIntake } from './noteIntake';
import { hashToken, newToken } from './roomRecord';
import type { RoomHost } from './roomService';
import { send, type Member, type RoomState } from './roomState';

/** Messages a participant may send: a burst, then a steady rate; far beyond anyone typing notes. */
const BURST = 20;
const PER_SECOND = 5;
/** A socket this far behind on what it was sent is skipped until it catches up; the facilitator never waits for it. */
const MAX_BUFFERED = 512 * 1024;
/** Views are sent at most this often: a full room changes the session dozens of times a second. */
const VIEW_DELAY_MS = 250;
const ROOM_CTX: CallContext = { clientId: 'room' };

/** What each participant's socket says, turned into operations one message at a time; and what each phone is shown. */
export class ParticipantMessages {
  readonly guard = new JoinGuard();
  readonly intake: NoteIntake;
  private queue: Promise<void> = Promise.resolve();
  private viewTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly host: RoomHost,
    private readonly state: RoomState,
    private readonly now: () => Date,
    private readonly changed: () => void,
  ) {
    this.intake = new NoteIntake(
      {
        openSession: (id) => host.openSession(ROOM_CTX, id),
        applyOperation: (id, op) => host.applyOperation(ROOM_CTX, id, op),
        whenSaved: (id) => host.whenSaved(id),
      },
      state.sessionId,
    );
  }

  stop(): void {
    this.stopped = true;
    this.intake.stop();
    if (this.viewTimer) clearTimeout(this.viewTimer);
  }

  connect(ws: WebSocket, from: string): void {
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
      // One message at a time for the whole room, so each sees the document the last one left.
      this.queue = this.queue
        .then(async () => {
          if (this.stopped) return;
          if (message.type === 'join') {
            if (member && !member.record.removed)
              return send(ws, {
                type: 'error',
                message: `This phone has already joined, as participant ${member.number}.`,
              });
            member = await this.join(ws, from, message);
            return;
          }
          if (!member || member.record.removed)
            return send(ws, { type: 'rejoin', message: 'Join the room first: enter the join code on the screen.' });
          await this.handle(ws, member, message);
        })
        .catch(() => send(ws, { type: 'error', message: 'Something went wrong with that message; please try again.' }));
    });
    ws.on('close', () => {
      if (member?.sockets.delete(ws)) this.changed();
    });
    ws.on('error', () => ws.terminate());
  }

  private async join(
    ws: WebSocket,
    from: string,
    message: Extract<ParticipantMessage, { type: 'join' }>,
  ): Promise<Member | null> {
    const { record } = this.state;
    let token = message.token;
    let member = token ? this.state.memberByToken(token) : undefined;
    if (member?.record.removed) {
      send(ws, { type: 'removed', message: 'The facilitator removed you from the room.' });
      return null;
    }
    if (!member && !message.code) {
      send(ws, {
        type: 'rejoin',
        message:
          'This phone is not in this room (it may be another session’s room). Enter the join code on the screen.',
      });
      return null;
    }
    const doc = await this.host.openSession(ROOM_CTX, this.state.sessionId);
    if (!member) {
      const verdict = this.guard.check(from);
      if (!verdict.allowed) {
        const seconds = Math.ceil(verdict.retryInMs / 1000);
        send(ws, {
          type: 'error',
          message: `Too many wrong codes from this device. Try again in ${seconds} seconds.`,
          retryInSeconds: seconds,
        });
        return null;
      }
      if (!isJoinCode(record.joinCode, message.code!)) {
        this.guard.failed(from);
        send(ws, {
          type: 'error',
          message: 'That is not the join code. Check the six digits on the screen and try again.',
        });
        if (this.guard.alert()) this.changed();
        return null;
      }
      this.guard.succeeded(from);
      const number = nextRoomNumber(doc, record.lastNumber);
      if (number === null) {
        send(ws, { type: 'error', message: 'This session’s room has given out all its numbers. Ask the facilitator.' });
        return null;
      }
      token = newToken();
      record.lastNumber = number;
      const participant = {
        number,
        tokenHash: hashToken(token),
        tableId: null,
        staffGroup: null,
        sector: null,
        removed: false,
      };
      record.participants.push(participant);
      member = this.state.addMember(participant);
    }
    const joined = member;
    joined.sockets.add(ws);
    const tables = Object.values(doc.tables)
      .sort((a, b) => a.order - b.order)
      .map((t) => ({ id: t.id, name: t.name }));
    // The phone hears of its token only once the room's file holds it, so a crash cannot lose its
    // number. Not awaited here: other phones' messages need not queue behind the disk.
    void this.state
      .persist()
      .catch(() => undefined)
      .then(async () => {
        send(ws, {
          type: 'joined',
          roomId: record.roomId,
          token: token!,
          participant: joined.number,
          tables,
          tableId: joined.tableId,
        });
        joined.lastView = '';
        this.sendView(joined, await this.host.openSession(ROOM_CTX, this.state.sessionId));
      });
    this.changed();
    return joined;
  }

  private async handle(ws: WebSocket, member: Member, message: Exclude<ParticipantMessage, { type: 'join' }>) {
    const doc = await this.host.openSession(ROOM_CTX, this.state.sessionId);
    const { record } = this.state;
    if (message.type === 'profile') {
      if (!doc.tables[message.tableId as TableId])
        return send(ws, { type: 'error', message: 'That table is no longer in this session. Choose another.' });
      if (member.tableId && member.tableId !== message.tableId && !record.allowTableChange)
        return send(ws, {
          type: 'error',
          message: 'Changing table is switched off in this room. Ask the facilitator if you have moved.',
        });
      Object.assign(member, {
        tableId: message.tableId as TableId,
        staffGroup: message.staffGroup,
        sector: message.sector,
      });
      this.state.updateProfile(member);
      void this.state.persist().catch(() => undefined);
      member.lastView = '';
      this.sendView(member, doc);
      return this.changed();
    }
    if (record.paused)
      return send(ws, {
        type: 'error',
        message: 'The facilitator has paused input for a moment. Your note is kept on this phone.',
      });
    if (message.type === 'addNote') return this.addNote(ws, member, message, doc);
    let result: Result<Operation | null>;
    if (message.type === 'dot')
      result =
        this.state.hidden.has(message.noteId) && message.add
          ? fail('invalid-input', 'That note is not open for votes.')
          : dotOperation(doc, member, message.noteId as NoteId, message.add);
    else result = rateOperation(doc, member, message.zoneId as ZoneId, message.value);
    if (!result.ok) return send(ws, { type: 'error', message: result.error.message });
    try {
      if (result.value) await this.host.applyOperation(ROOM_CTX, this.state.sessionId, result.value);
      else this.sendView(member, doc);
    } catch (error) {
      send(ws, { type: 'error', message: (error as Error).message });
    }
  }

  private async addNote(
    ws: WebSocket,
    member: Member,
    message: Extract<ParticipantMessage, { type: 'addNote' }>,
    doc: SessionDocument,
  ) {
    const { record } = this.state;
    const { clientNoteId } = message;
    if (member.accepted.has(clientNoteId)) return this.intake.already(ws, clientNoteId);
    if (record.held.some((h) => h.number === member.number && h.clientNoteId === clientNoteId)) {
      this.intake.already(ws, clientNoteId, true);
      return;
    }
    const draft = roomNoteDraft(doc, member, clientNoteId, message.text, message.zoneId, this.now().toISOString());
    if (!draft.ok) return send(ws, { type: 'error', message: draft.error.message });
    if (!draft.value) return this.intake.already(ws, clientNoteId);
    if (!record.moderation) return this.intake.add(member, ws, clientNoteId, draft.value);
    // Held for approval: kept in the room's own file, on no board and seen by no one else.
    record.held.push({
      number: member.number,
      clientNoteId,
      text: draft.value.text,
      zoneId: draft.value.zoneId,
      boardId: draft.value.boardId,
      receivedAt: draft.value.createdAt,
    });
    await this.state.persist();
    send(ws, { type: 'stored', clientNoteId, held: true });
    this.intake.savedNow(ws, clientNoteId);
    member.lastView = '';
    this.sendView(member, doc);
    this.changed();
  }

  /** Approves held notes (onto their boards, as one operation) or drops them. */
  async reviewHeld(ids: ReadonlySet<string>, approve: boolean): Promise<void> {
    const { record } = this.state;
    const chosen = record.held.filter((h) => ids.has(`${h.number}:${h.clientNoteId}`));
    if (approve && chosen.length > 0) {
      const doc = await this.host.openSession(ROOM_CTX, this.state.sessionId);
      const index = roomIndex(doc);
      const placedOn = new Map<string, { x: number; y: number; zoneId: ZoneId | null }[]>();
      const notes = chosen.flatMap((h) => {
        const author = this.state.memberByNumber(h.number);
        const id = roomNoteId({ number: h.number, tableId: null, staffGroup: null, sector: null }, h.clientNoteId);
        if (!doc.boards[h.boardId as never] || doc.notes[id]) return [];
        const onBoard = placedOn.get(h.boardId) ?? [...(index.notesByBoard.get(h.boardId) ?? [])];
        placedOn.set(h.boardId, onBoard);
        const at = spotAmong(index.zonesByBoard.get(h.boardId) ?? [], onBoard, h.zoneId as ZoneId | null);
        onBoard.push({ ...at, zoneId: h.zoneId as ZoneId | null });
        return [
          {
            id,
            boardId: h.boardId,
            text: h.text,
            ...at,
            zoneId: h.zoneId,
            kind: 'participant' as const,
            staffGroup: author?.staffGroup ?? null,
            sector: author?.sector ?? null,
            source: 'staff' as const,
            isQuote: false,
            severity: null,
            tag: null,
            clusterId: null,
            createdAt: h.receivedAt,
          },
        ];
      });
      if (notes.length > 0)
        await this.host.applyOperation(ROOM_CTX, this.state.sessionId, operation('addNotes', { notes } as never));
      await this.host.whenSaved(this.state.sessionId);
    }
    record.held = record.held.filter((h) => !chosen.includes(h));
    for (const m of this.state.members.values()) m.lastView = '';
  }

  private sendView(member: Member, doc: SessionDocument): void {
    const { record } = this.state;
    const held = record.held.filter((h) => h.number === member.number);
    const text = participantViewMessage(doc, member, {
      paused: record.paused,
      now: this.now().getTime(),
      hidden: this.state.hidden,
      held,
      tableChange: record.allowTableChange,
    });
    if (text === member.lastView) return;
    let sent = false;
    for (const ws of member.sockets)
      if (ws.bufferedAmount < MAX_BUFFERED) {
        send(ws, text);
        sent = true;
      }
    if (sent) member.lastView = text;
  }

  /** Every member's view again, at most every VIEW_DELAY_MS however fast the session changes. */
  scheduleViews(): void {
    if (this.viewTimer || this.stopped) return;
    this.viewTimer = setTimeout(() => {
      this.viewTimer = null;
      void this.host.openSession(ROOM_CTX, this.state.sessionId).then((doc) => {
        for (const member of this.state.members.values()) if (member.sockets.size > 0) this.sendView(member, doc);
      });
      this.changed();
    }, VIEW_DELAY_MS);
  }
}
