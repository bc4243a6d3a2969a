import type { FoldedSource } from './dedupe';
import type { PiiFinding, PiiReviewItem } from './piiWithheld';
import type { ThemeMethod } from './themes';

// What the organisers' synthesis says about many events' exports. Raw counts live here;
// what people read (the report, the counts sheet, the workspace) shows any count of notes, dots,
// ratings or participants from 1 to 4 as "<5" through `shownCount`, so a small group cannot be
// singled out.
//
// Entry points: `SynthesisBuilder` (builder.ts: add exports one at a time, then `result()`),
// `synthesisFiles` (files.ts: CSVs, JSON and the HTML report as ExportFile[]), and in Node
// electron/ (services/synthesis/synthesisWorkbook.ts writes the XLSX; synthesis/ reads files and folders and is the command line).

/**
 * Whose input it is, kept apart everywhere. A note marked with the source "public" is public
 * input; every other participant note (marked staff, or unmarked at a staff event) is staff input.
 */
export type Audience = 'staff' | 'public';

export const AUDIENCES: readonly Audience[] = ['staff', 'public'];

export interface CountRow {
  /** The code as exports carry it (e.g. "nurse"), or "" for not recorded. */
  code: string;
  label: string;
  count: number;
}

export interface ThemeQuote {
  text: string;
  /** One label only: a staff group, else a sector, else the audience ("Member of the public"). Never a name. */
  label: string;
}

export interface Theme {
  /** The coding's id for it (`t-N`), the same as in the codebook, the coded notes and the cross-tabs. */
  id: string;
  headline: string;
  /** Sub-points the tables wrote under the groups that make up this theme, most often written first. */
  subPoints: string[];
  /** Participant notes in the theme's groups. */
  notes: number;
  /** Events (sessions) it came up in. */
  events: number;
  /** Dots cast on its notes. */
  dots: number;
  quotes: ThemeQuote[];
  /** The group headlines it gathers, as the tables wrote them (most common first). */
  headlines: string[];
}

export interface RatingSummary {
  /** Whose ratings: a board's votes are its participants', staff or public as most of its notes are. */
  audience: Audience;
  zoneLabel: string;
  scale: number;
  /** Index 0 is rating 1. */
  distribution: number[];
  mean: number | null;
}

export interface QuestionSynthesis {
  templateId: string;
  title: string;
  /** Events in which this question was run. */
  events: number;
  notes: Record<Audience, number>;
  /** The main themes (up to five), largest first, per audience. */
  themes: Record<Audience, Theme[]>;
  /** Smaller themes kept so minority views are not lost. */
  alsoRaised: Record<Audience, Theme[]>;
  /** Notes like no other, each a view of its own ("other" in the coding): with the themes' notes, every note of the question. */
  other: Record<Audience, number>;
  /** Participant notes in no group at all. */
  ungrouped: number;
  /** Revealed dots by zone label, largest first, on staff notes and on public notes apart. */
  dotsByZone: Record<Audience, CountRow[]>;
  /** Revealed ratings only, per audience and zone. */
  ratings: RatingSummary[];
  /** Revealed stances only, per audience. */
  stances: { audience: Audience; phase: 'before' | 'after'; option: string; count: number }[];
  /** Votes the room had not seen when the file was exported: left out of every result above, counted here. */
  unrevealed: { boards: number; dots: number; ratings: number; stances: number };
}

export interface SynthesisSource {
  source: string;
  sessionId: string;
  eventName: string;
  eventDate: string;
  contentHash: string;
}

export interface Synthesis {
  /** How the themes were found: the machine's coding or one given in; by sentence embeddings or shared words alone, and why. */
  themeMethod: ThemeMethod;
  totals: {
    /** Distinct events by name and date. */
    events: number;
    sessions: number;
    tables: number;
    /** People, as tables recorded them (their participant count), where recorded: never notes. */
    participants: number;
    participantNotes: number;
    notesByAudience: Record<Audience, number>;
    /** Revealed dots and ratings; unrevealed ones are counted in `unrevealedVotes`. */
    dots: number;
    ratings: number;
    unrevealedVotes: number;
    /** Files that brought nothing not already read (the same file again, or a table export of a session already read), skipped. */
    duplicatesSkipped: number;
    /** Notes, groups, tables and vote counts that arrived again in a later file and were counted once. */
    recordsFolded: number;
  };
  sources: SynthesisSource[];
  /** For each file that repeated records already read: how many of each, and the files they were first read from. */
  folded: FoldedSource[];
  /**
   * Possible personal details the synthesis's own PII check found in the exports' free text and
   * withheld ("[withheld name]") from everything it writes, until released by id. Never the text.
   */
  piiWithheld: PiiFinding[];
  questions: QuestionSynthesis[];
  /**
   * Participant notes counted by each dimension. By staff group and sector, staff notes are
   * counted by their group ("" Not recorded when none was given, "prefer-not-to-say" kept apart)
   * and public notes in a row of their own ("public"), never as a staff group.
   */
  counts: {
    staffGroup: CountRow[];
    sector: CountRow[];
    shift: CountRow[];
    template: CountRow[];
    /** Per event and table ("Leeds listening event (2026-11-01) › Table 1"): tables of two events are never added together. */
    table: CountRow[];
    /** People by staff group and sector from the tables' mixes; "" is the table's people whose group was not recorded. */
    participantsByStaffGroup: CountRow[];
    participantsBySector: CountRow[];
  };
}

/** What `SynthesisBuilder.add` did with one export. */
export type AddOutcome = 'added' | 'duplicate';

/** Small counts are shown as "<5" wherever people read them: none is 0, 1–4 is "<5". */
export const SMALL_COUNT = 5;

/** A count as people read it: "<5" for 1 to 4. */
export function shownCount(count: number): string {
  return count > 0 && count < SMALL_COUNT ? '<5' : String(count);
}

/** One participant note in the merged dataset (the merged notes CSV and JSON). */
export interface MergedNote {
  /** The note's record id from the export (the same in every file carrying it): how a Coding names it. */
  noteId: string;
  /** The table group (cluster) id it was put in at its table, or "" when in none. */
  groupId: string;
  sessionId: string;
  eventName: string;
  eventDate: string;
  shift: string;
  templateId: string;
  exercise: string;
  table: string;
  zone: string;
  group: string;
  text: string;
  staffGroup: string;
  sector: string;
  audience: Audience;
  isQuote: boolean;
  /** Dots the room had seen; dots still hidden when the file was exported are in `unrevealedDots`. */
  dots: number;
  unrevealedDots: number;
}

/** What became of one file given to the synthesis workspace. */
export interface SynthesisFileOutcome {
  name: string;
  outcome: 'added' | 'duplicate' | 'bad';
  /** Why a bad file was not used (what is wrong, where, what to do). */
  message?: string;
}

/** The workspace as the window shows it: the synthesis so far and every file's outcome. */
export interface SynthesisView {
  synthesis: Synthesis;
  files: SynthesisFileOutcome[];
  /** Every personal-data finding, withheld or released, with the words around it: for the review on this screen only. */
  piiReview: PiiReviewItem[];
}
