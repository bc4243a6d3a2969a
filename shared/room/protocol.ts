import { z } from 'zod';
import { LIMITS } from '../document/limits';
import { SECTORS, STAFF_GROUPS, codesOf } from '../document/taxonomy';

// Room mode's wire protocol: what a participant's page and the room server say to each other
// over the WebSocket at /room. Every message is one JSON object with a `type`; the server
// checks each against these schemas and answers a bad one with an `error`, never a crash.
// A participant is a random token and a number; no name is ever asked for or sent.

/** The largest message a participant may send: a note's text and a little more. */
export const MAX_PARTICIPANT_MESSAGE_BYTES = 8 * 1024;

const clientId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, 'must be 6 to 40 letters, digits, - or _');
const recordId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}:[A-Za-z0-9_-]{1,64}$`));

export const ParticipantMessageSchema = z.discriminatedUnion('type', [
  /** The join code typed on the phone, or the token a phone kept from an earlier join (a reload, a lost network). */
  z.strictObject({
    type: z.literal('join'),
    code: z.string().max(20).optional(),
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{20,64}$/)
      .optional(),
  }),
  /** Which table they sit at, and optionally their staff group and sector ("prefer not to say" allowed). */
  z.strictObject({
    type: z.literal('profile'),
    tableId: recordId('table'),
    staffGroup: z.enum(codesOf(STAFF_GROUPS)).nullable(),
    sector: z.enum(codesOf(SECTORS)).nullable(),
  }),
  /** A note for their table's board of the current exercise; the client's id makes a resend harmless. */
  z.strictObject({
    type: z.literal('addNote'),
    clientNoteId: clientId,
    text: z.string().trim().min(1, 'is empty').max(LIMITS.noteText),
    zoneId: recordId('zone').nullable(),
  }),
  /** Adds or takes back one of their dots on a note of their table's board. */
  z.strictObject({ type: z.literal('dot'), noteId: recordId('note'), add: z.boolean() }),
  /** Their rating of a zone, 1 to the exercise's scale. */
  z.strictObject({ type: z.literal('rate'), zoneId: recordId('zone'), value: z.number().int().min(1).max(10) }),
]);
export type ParticipantMessage = z.infer<typeof ParticipantMessageSchema>;

export interface RoomTable {
  id: string;
  name: string;
}

/** One of their notes as the phone shows it: on the board, or waiting for the facilitator's approval. */
export interface ParticipantNote {
  id: string;
  text: string;
  zoneId: string | null;
  mine: boolean;
  myDots: number;
  reference: boolean;
  /** Held for the facilitator's approval: on no board yet, seen by no one else. */
  held?: boolean;
}

/** What one participant sees of the room now: sent on joining and whenever it changes. */
export interface ParticipantView {
  paused: boolean;
  /** The current exercise, or null before the facilitator starts one. */
  exercise: { title: string; prompt: string } | null;
  /** Their table's board of it: zones, and its notes (participants' and reference cards). */
  zones: { id: string; label: string }[];
  /** Their own notes; while voting is open, the board's other notes too (never a hidden one). */
  notes: ParticipantNote[];
  voting: 'closed' | 'open' | 'revealed';
  /** Dots they may still add while voting is open, or null (no dot voting, or voting not open). */
  dotsLeft: number | null;
  /** Whether dots are counted per zone (so many in each column) rather than in all. */
  dotsPerZone: boolean;
  /** Rating scale and their ratings by zone, or null when the exercise asks for none. */
  rating: { question: string; scale: number; mine: Record<string, number> } | null;
  /** The timer as the facilitator runs it: seconds left now, and whether it is running. */
  timer: { secondsLeft: number; running: boolean } | null;
  /** Whether the facilitator lets phones change table. */
  tableChange: boolean;
}

export type ServerMessage =
  | {
      type: 'joined';
      /** The room of this session, the same across restarts: the phone keeps its token and queue under it. */
      roomId: string;
      token: string;
      participant: number;
      tables: RoomTable[];
      tableId: string | null;
    }
  | { type: 'view'; view: ParticipantView }
  /** The note is in the room: on the board, or held for approval. */
  | { type: 'stored'; clientNoteId: string; held?: boolean }
  /** These notes are on disk: the phone may forget them; they survive the laptop's crash. */
  | { type: 'saved'; clientNoteIds: string[] }
  | { type: 'error'; message: string; retryInSeconds?: number }
  /** The room does not know this phone's token (another session's room, or one that ended): join with the code. */
  | { type: 'rejoin'; message: string }
  /** The facilitator removed this participant: the page stops reconnecting. */
  | { type: 'removed'; message: string }
  /** The facilitator closed the room (Close room, only): the page stops reconnecting. */
  | { type: 'closed'; message: string };

/** A participant as the facilitator's room panel lists them: a number, never a name. */
export interface RoomParticipant {
  number: number;
  tableName: string | null;
  connected: boolean;
  notes: number;
}

/** A note waiting for the facilitator's approval. */
export interface HeldRoomNote {
  id: string;
  participant: number;
  tableName: string | null;
  text: string;
}

/** The room as the facilitator sees it. */
export interface RoomStatus {
  sessionId: string;
  /** The session's event name, so a window showing another session can say whose room it is. */
  sessionName: string;
  interfaceName: string;
  address: string;
  port: number;
  /** What participants type or scan, e.g. "http://192.168.43.10:8421". */
  url: string;
  joinCode: string;
  /** The URL as a QR code, an SVG image drawn here (no network). */
  qrSvg: string;
  paused: boolean;
  /** Whether phones may change table (off unless the facilitator allows it). */
  allowTableChange: boolean;
  /** Whether notes wait for the facilitator's approval before they reach the board. */
  moderation: boolean;
  held: HeldRoomNote[];
  /** How many notes are hidden from the phones, and which (the projector leaves them out too). */
  hiddenNotes: number;
  hidden: string[];
  participants: RoomParticipant[];
  /** Someone is trying join codes: how many wrong lately, from how many addresses; null when not. */
  guessing: { wrongCodes: number; addresses: number } | null;
}

/** The facilitator's choices for the room. */
export interface RoomOptions {
  allowTableChange?: boolean;
  moderation?: boolean;
}

/** A network interface the room may be offered on; "This computer only" (127.0.0.1) is for trying it out. */
export interface RoomInterface {
  name: string;
  address: string;
}
