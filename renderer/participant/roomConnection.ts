import type { ParticipantMessage, ParticipantView, RoomTable, ServerMessage } from '../../shared/room/protocol';

// The phone's side of the room: one WebSocket to the facilitator's laptop that comes back by
// itself after a sleep, a lost network, a reload or the laptop's own restart (with the token
// this phone was given for this room), and a queue of notes kept in this browser until the
// laptop says each is saved on its disk, so nothing typed is lost and nothing is stored twice
// (each note carries its own id). Only the facilitator's Close room, or being removed, stops it.

const TOKENS_KEY = 'roundtable.room.tokens';
const ROOM_KEY = 'roundtable.room.current';
const QUEUE_KEY = 'roundtable.room.queue';
/** Notes sent at once after a reconnect; the rest follow as the laptop answers, within its message limit. */
const SEND_WINDOW = 8;

export interface QueuedNote {
  clientNoteId: string;
  text: string;
  zoneId: string | null;
  /** The room it was written for: never sent to another. */
  roomId: string | null;
  /** The laptop has it (on the board or held for approval) but has not yet said it is saved. */
  stored?: boolean;
}

export interface RoomState {
  connection: 'connecting' | 'open' | 'lost' | 'closed';
  joined: { participant: number; tables: RoomTable[]; tableId: string | null; roomId: string } | null;
  view: ParticipantView | null;
  queue: QueuedNote[];
  /** The last thing that went wrong, in words, or the reason the room closed. */
  message: string | null;
}

function readJson<T>(key: string, fallback: T): T {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
    return parsed === null || typeof parsed !== typeof fallback ? fallback : (parsed as T);
  } catch {
    return fallback;
  }
}

function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 20);
}

export class RoomConnection {
  private ws: WebSocket | null = null;
  private retryMs = 1_000;
  private listeners = new Set<() => void>();
  private inFlight = new Set<string>();
  state: RoomState = {
    connection: 'connecting',
    joined: null,
    view: null,
    queue: Array.isArray(readJson(QUEUE_KEY, [])) ? readJson<QueuedNote[]>(QUEUE_KEY, []) : [],
    message: null,
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private update(changes: Partial<RoomState>): void {
    this.state = { ...this.state, ...changes };
    if (changes.queue) localStorage.setItem(QUEUE_KEY, JSON.stringify(changes.queue));
    this.listeners.forEach((l) => l());
  }

  private tokenFor(roomId: string | null): string | null {
    return roomId ? (readJson<Record<string, string>>(TOKENS_KEY, {})[roomId] ?? null) : null;
  }

  private keepToken(roomId: string, token: string | null): void {
    const tokens = readJson<Record<string, string>>(TOKENS_KEY, {});
    if (token) tokens[roomId] = token;
    else delete tokens[roomId];
    localStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
  }

  /** Connects, and follows the device's own network state: a phone that says it is offline is not retried until it is back. */
  start(): void {
    addEventListener('offline', () => {
      // A dropped network can leave a socket looking open for minutes: give it up at once.
      this.ws?.close();
      this.update({ connection: 'lost' });
    });
    addEventListener('online', () => {
      if (this.state.connection === 'lost') this.connect();
    });
    this.connect();
  }

  connect(): void {
    if (this.state.connection === 'closed') return;
    if (!navigator.onLine) return this.update({ connection: 'lost' });
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/room`);
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 1_000;
      this.inFlight.clear();
      this.update({ connection: 'open' });
      const token = this.tokenFor(localStorage.getItem(ROOM_KEY));
      if (token) this.send({ type: 'join', token });
    };
    ws.onmessage = (event) => this.receive(JSON.parse(String(event.data)) as ServerMessage);
    ws.onclose = () => {
      if (this.ws !== ws || this.state.connection === 'closed') return;
      this.ws = null;
      this.update({ connection: 'lost' });
      setTimeout(() => this.ws === null && this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 10_000);
    };
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'joined') {
      this.keepToken(message.roomId, message.token);
      localStorage.setItem(ROOM_KEY, message.roomId);
      // Notes typed before this phone belonged to a room are this room's.
      const queue = this.state.queue.map((q) => (q.roomId === null ? { ...q, roomId: message.roomId } : q));
      this.update({
        joined: {
          participant: message.participant,
          tables: message.tables,
          tableId: message.tableId,
          roomId: message.roomId,
        },
        queue: queue.map((q) => ({ ...q, stored: false })),
        message: null,
      });
      this.flushQueue();
    } else if (message.type === 'view') {
      this.update({ view: message.view });
    } else if (message.type === 'stored') {
      this.inFlight.delete(message.clientNoteId);
      this.update({
        queue: this.state.queue.map((q) => (q.clientNoteId === message.clientNoteId ? { ...q, stored: true } : q)),
        message: null,
      });
      this.flushQueue();
    } else if (message.type === 'saved') {
      const saved = new Set(message.clientNoteIds);
      this.update({ queue: this.state.queue.filter((q) => !saved.has(q.clientNoteId)) });
    } else if (message.type === 'error') {
      this.inFlight.clear();
      this.update({ message: message.message });
      // A note refused for now (input paused, a locked board, too fast) is tried again in a while.
      setTimeout(() => this.flushQueue(), 3_000);
    } else if (message.type === 'rejoin') {
      const roomId = localStorage.getItem(ROOM_KEY);
      if (roomId) this.keepToken(roomId, null);
      localStorage.removeItem(ROOM_KEY);
      this.update({ joined: null, view: null, message: message.message });
    } else if (message.type === 'removed' || message.type === 'closed') {
      if (message.type === 'removed') this.keepToken(this.state.joined?.roomId ?? '', null);
      this.update({ connection: 'closed', message: message.message, joined: null });
      this.ws?.close();
    }
  }

  private send(message: ParticipantMessage): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /** Sends this room's notes not yet on the laptop, a few at a time. */
  private flushQueue(): void {
    const joined = this.state.joined;
    if (!joined?.tableId) return;
    for (const note of this.state.queue) {
      if (this.inFlight.size >= SEND_WINDOW) return;
      if (note.roomId !== joined.roomId || note.stored || this.inFlight.has(note.clientNoteId)) continue;
      const { clientNoteId, text, zoneId } = note;
      if (!this.send({ type: 'addNote', clientNoteId, text, zoneId })) return;
      this.inFlight.add(clientNoteId);
    }
  }

  join(code: string): void {
    this.update({ message: null });
    if (!this.send({ type: 'join', code }))
      this.update({
        message: 'Not connected to the room yet. Check you are on the room’s Wi-Fi; it will connect by itself.',
      });
  }

  chooseProfile(tableId: string, staffGroup: string | null, sector: string | null): void {
    this.send({ type: 'profile', tableId, staffGroup, sector } as ParticipantMessage);
    if (this.state.joined) this.update({ joined: { ...this.state.joined, tableId } });
    this.flushQueue();
  }

  /** Keeps the note on this phone first, then sends it; it leaves the queue once the laptop has saved it. */
  addNote(text: string, zoneId: string | null): void {
    const note: QueuedNote = { clientNoteId: newClientId(), text, zoneId, roomId: this.state.joined?.roomId ?? null };
    this.update({ queue: [...this.state.queue, note] });
    this.flushQueue();
  }

  /** Forgets notes written for an earlier room, which will never be sent. */
  discardOtherRooms(): void {
    const roomId = this.state.joined?.roomId;
    this.update({ queue: this.state.queue.filter((q) => q.roomId === roomId || q.roomId === null) });
  }

  dot(noteId: string, add: boolean): void {
    if (!this.send({ type: 'dot', noteId, add }))
      this.update({ message: 'Not connected: dots can be added once the connection is back.' });
  }

  rate(zoneId: string, value: number): void {
    if (!this.send({ type: 'rate', zoneId, value }))
      this.update({ message: 'Not connected: ratings can be given once the connection is back.' });
  }
}
