import type { ParticipantMessage, ParticipantView, RoomTable, ServerMessage } from '../../shared/room/protocol';

// The phone's side of the room: one WebSocket to the facilitator's laptop that comes back by
// itself after a sleep, a lost network or a reload (with the token this phone was given), and a
// queue of notes kept in this browser until the laptop says each is stored, so nothing typed is
// lost and nothing is sent twice (each note carries its own id).

const TOKEN_KEY = 'roundtable.room.token';
const QUEUE_KEY = 'roundtable.room.queue';

export interface QueuedNote {
  clientNoteId: string;
  text: string;
  zoneId: string | null;
}

export interface RoomState {
  connection: 'connecting' | 'open' | 'lost' | 'closed';
  joined: { participant: number; tables: RoomTable[]; tableId: string | null } | null;
  view: ParticipantView | null;
  queue: QueuedNote[];
  /** The last thing that went wrong, in words, or the reason the room closed. */
  message: string | null;
}

function readQueue(): QueuedNote[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as QueuedNote[]) : [];
  } catch {
    return [];
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
  state: RoomState = { connection: 'connecting', joined: null, view: null, queue: readQueue(), message: null };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private update(changes: Partial<RoomState>): void {
    this.state = { ...this.state, ...changes };
    if (changes.queue) localStorage.setItem(QUEUE_KEY, JSON.stringify(changes.queue));
    this.listeners.forEach((l) => l());
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
      this.update({ connection: 'open' });
      const token = localStorage.getItem(TOKEN_KEY);
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
      localStorage.setItem(TOKEN_KEY, message.token);
      this.update({
        joined: { participant: message.participant, tables: message.tables, tableId: message.tableId },
        message: null,
      });
      this.flushQueue();
    } else if (message.type === 'view') {
      const stored = new Set(message.view.stored);
      this.update({ view: message.view, queue: this.state.queue.filter((q) => !stored.has(q.clientNoteId)) });
    } else if (message.type === 'stored') {
      this.update({ queue: this.state.queue.filter((q) => q.clientNoteId !== message.clientNoteId), message: null });
    } else if (message.type === 'error') {
      if (/place in the room has ended/.test(message.message)) localStorage.removeItem(TOKEN_KEY);
      this.update({ message: message.message });
    } else if (message.type === 'closed') {
      localStorage.removeItem(TOKEN_KEY);
      this.update({ connection: 'closed', message: message.message, joined: null });
      this.ws?.close();
    }
  }

  private send(message: ParticipantMessage): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  private flushQueue(): void {
    if (!this.state.joined?.tableId) return;
    for (const note of this.state.queue) this.send({ type: 'addNote', ...note });
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

  /** Keeps the note on this phone first, then sends it; it leaves the queue once the laptop has stored it. */
  addNote(text: string, zoneId: string | null): void {
    const note = { clientNoteId: newClientId(), text, zoneId };
    this.update({ queue: [...this.state.queue, note] });
    this.send({ type: 'addNote', ...note });
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
