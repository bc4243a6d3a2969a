import type { WebSocket } from 'ws';
import type { SessionId, TableId } from '../../../shared/ids';
import type { RoomMember } from '../../../shared/room/participantActions';
import type { ServerMessage } from '../../../shared/room/protocol';
import { hashToken, newRoomId, RoomRecords, type RoomParticipantRecord, type RoomRecord } from './roomRecord';
import { newJoinCode } from './joinCode';

// The state of one session's room while it is open: its record (what survives a restart) and
// each participant's sockets. Changes to the record are written in coalesced durable writes:
// `persist()` resolves once the state as it is now is on disk.

/** A participant of the open room: their record, and the sockets their phone has open now. */
export interface Member extends RoomMember {
  record: RoomParticipantRecord;
  sockets: Set<WebSocket>;
  /** The last view sent, as text, so an unchanged view is not sent again. */
  lastView: string;
  /** Client ids of notes accepted in this run, so a resend after the facilitator deleted the note does not bring it back. */
  accepted: Set<string>;
}

/** A fresh record for a session that has never had a room. */
export function newRoomRecord(sessionId: SessionId, now: Date): RoomRecord {
  return {
    type: 'roundtable.room',
    version: 1,
    sessionId,
    roomId: newRoomId(),
    open: false,
    changedAt: now.toISOString(),
    address: '',
    port: 0,
    interfaceName: '',
    joinCode: newJoinCode(),
    paused: false,
    allowTableChange: false,
    moderation: false,
    lastNumber: 0,
    participants: [],
    held: [],
    hidden: [],
  };
}

export class RoomState {
  readonly members = new Map<string, Member>();
  readonly hidden: Set<string>;
  private writing: Promise<void> | null = null;
  private again: Promise<void> | null = null;

  constructor(
    readonly record: RoomRecord,
    private readonly records: RoomRecords,
    private readonly now: () => Date,
  ) {
    this.hidden = new Set(record.hidden);
    for (const p of record.participants) this.addMember(p);
  }

  get sessionId(): SessionId {
    return this.record.sessionId;
  }

  addMember(record: RoomParticipantRecord): Member {
    const member: Member = {
      record,
      number: record.number,
      tableId: record.tableId as TableId | null,
      staffGroup: record.staffGroup,
      sector: record.sector,
      sockets: new Set(),
      lastView: '',
      accepted: new Set(),
    };
    this.members.set(record.tokenHash, member);
    return member;
  }

  memberByToken(token: string): Member | undefined {
    return this.members.get(hashToken(token));
  }

  memberByNumber(number: number): Member | undefined {
    return [...this.members.values()].find((m) => m.number === number);
  }

  /** Copies a member's table and profile into their record. */
  updateProfile(member: Member): void {
    Object.assign(member.record, { tableId: member.tableId, staffGroup: member.staffGroup, sector: member.sector });
  }

  /** Writes the record as it is now; resolves once it is on disk. Writes coalesce: at most one waits behind the one running. */
  persist(): Promise<void> {
    if (this.again) return this.again;
    const write = () => {
      this.record.changedAt = this.now().toISOString();
      this.record.hidden = [...this.hidden] as RoomRecord['hidden'];
      return this.records.write(structuredClone(this.record));
    };
    if (!this.writing) {
      this.writing = write().finally(() => (this.writing = null));
      return this.writing;
    }
    this.again = this.writing
      .catch(() => {})
      .then(() => {
        this.again = null;
        this.writing = write().finally(() => (this.writing = null));
        return this.writing;
      });
    return this.again;
  }

  /** Sends to every socket of every member. */
  broadcast(message: ServerMessage): void {
    for (const m of this.members.values()) for (const ws of m.sockets) send(ws, message);
  }
}

export function send(ws: WebSocket, message: ServerMessage | string): void {
  if (ws.readyState === ws.OPEN) ws.send(typeof message === 'string' ? message : JSON.stringify(message));
}
