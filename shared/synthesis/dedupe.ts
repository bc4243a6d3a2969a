import type { SessionExport } from '../export/schema';

// The same note, group, table or vote can reach a synthesis in several files: a facilitator's
// session export that holds merged tables, those tables' own exports from the laptops, and a
// re-export of the session after more work. Records keep their ids from export to import to
// merge, so a record is known by its id wherever it arrives; each is counted once, from the
// first file that brings it, and the summary says how many were folded in from which files.

/** How many of one file's records were already read from other files, and which files those were. */
export interface FoldedSource {
  source: string;
  notes: number;
  groups: number;
  tables: number;
  /** Vote counts: one per note's dots, per zone's rating, per stance option of a board. */
  votes: number;
  /** The files those records were first read from. */
  alreadyIn: string[];
}

/** One file's records not read before (what the synthesis counts), and what was folded. */
export interface Admitted {
  fresh: SessionExport;
  /** Null when nothing in the file had been read before. */
  folded: FoldedSource | null;
  /** True when the file brings nothing that was not already read. */
  nothingNew: boolean;
  /** The file's place in the order read, for `creditedSession`. */
  fileIndex: number;
}

/** The session (and its event) that records are credited to. */
export interface CreditedSession {
  sessionId: string;
  eventName: string;
  eventDate: string;
  shift: SessionExport['event']['shift'];
}

/** The sessions and events the records counted came from, and which sessions ran each template. */
export interface CountedSessions {
  sessions: Set<string>;
  events: Set<string>;
  sessionsByTemplate: Map<string, Set<string>>;
}

interface FileEntry extends CreditedSession {
  event: string;
  templates: string[];
  keys: string[];
  counted: boolean;
}

/** Every record read so far, by id, and the files it was read from. */
export class RecordLedger {
  private readonly filesOf = new Map<string, number[]>();
  private readonly sources: string[] = [];
  private readonly files: FileEntry[] = [];
  private readonly hashes = new Set<string>();

  admit(data: SessionExport, source: string): Admitted {
    const sourceIndex = this.sources.push(source) - 1;
    const repeatOfFile = this.hashes.has(data.contentHash);
    this.hashes.add(data.contentHash);
    const entry: FileEntry = {
      sessionId: data.session.id,
      eventName: data.event.name,
      eventDate: data.event.date,
      shift: data.event.shift,
      event: `${data.event.name.trim().toLocaleLowerCase()}|${data.event.date}`,
      templates: data.exercises.map((e) => e.templateId),
      keys: [],
      counted: false,
    };
    this.files.push(entry);
    const alreadyIn = new Set<number>();
    const folded = { notes: 0, groups: 0, tables: 0, votes: 0 };
    const isNew = (key: string, kind: keyof typeof folded): boolean => {
      entry.keys.push(key);
      const holders = this.filesOf.get(key);
      const first = holders?.[0];
      if (holders?.at(-1) !== sourceIndex) (holders ?? this.filesOf.set(key, []).get(key)!).push(sourceIndex);
      if (first === undefined) return true;
      if (first !== sourceIndex) alreadyIn.add(first);
      folded[kind]++;
      return false;
    };
    const tables = data.tables.filter((t) => isNew(t.id, 'tables'));
    const notes = data.notes.filter((n) => isNew(n.id, 'notes'));
    const clusters = data.clusters.filter((c) => isNew(c.id, 'groups'));
    const votes = data.votes
      .map((board) => ({
        ...board,
        dots: board.dots.filter((d) => isNew(`dot|${board.boardId}|${d.noteId}`, 'votes')),
        ratings: board.ratings.filter((r) => isNew(`rating|${board.boardId}|${r.zoneId}`, 'votes')),
        stances: board.stances.filter((s) => isNew(`stance|${board.boardId}|${s.phase}|${s.option}`, 'votes')),
      }))
      .filter((b) => b.dots.length + b.ratings.length + b.stances.length > 0);
    const foldedAny = folded.notes + folded.groups + folded.tables + folded.votes > 0;
    const freshAny = tables.length + notes.length + clusters.length + votes.length > 0;
    // A file repeated byte for byte plays no part; one whose records were all read before may still
    // be the one that holds them all (the facilitator's session, read after its tables' exports).
    entry.counted = !repeatOfFile;
    this.credits = null;
    return {
      fileIndex: sourceIndex,
      fresh: { ...data, tables, notes, clusters, votes },
      folded: foldedAny ? { source, ...folded, alreadyIn: [...alreadyIn].map((i) => this.sources[i]) } : null,
      nothingNew: repeatOfFile || (foldedAny && !freshAny),
    };
  }

  /**
   * The sessions and events behind what was counted. A file whose records all came again in
   * one other file (a table's export from a laptop, read before the facilitator's session it
   * was merged into) adds no session or event of its own, so the figures do not depend on the
   * order the files were read in. Of two files holding the same records, the first read counts.
   */
  counted(): CountedSessions {
    const out: CountedSessions = { sessions: new Set(), events: new Set(), sessionsByTemplate: new Map() };
    const credits = this.creditsOfFiles();
    this.files.forEach((file, index) => {
      if (!file.counted || credits[index] !== index) return;
      out.sessions.add(file.sessionId);
      out.events.add(file.event);
      for (const t of file.templates) {
        if (!out.sessionsByTemplate.has(t)) out.sessionsByTemplate.set(t, new Set());
        out.sessionsByTemplate.get(t)!.add(file.sessionId);
      }
    });
    return out;
  }

  private credits: number[] | null = null;

  /** The session the records first read from file `index` are credited to: the file's own, or that of a file holding all its records. */
  creditedSession(index: number): CreditedSession {
    return this.files[this.creditsOfFiles()[index]];
  }

  private creditsOfFiles(): number[] {
    if (this.credits) return this.credits;
    const coverer = this.files.map((_, i) => this.coveringFile(i));
    const root = (i: number): number => {
      let at = i;
      for (let steps = 0; coverer[at] !== at && steps < coverer.length; steps++) at = coverer[at];
      return at;
    };
    this.credits = coverer.map((_, i) => root(i));
    return this.credits;
  }

  /** The file that holds every record of file `index` and more (or the same, read earlier); itself when none does. */
  private coveringFile(index: number): number {
    const keys = this.files[index].keys;
    if (keys.length === 0) return index;
    let candidates = (this.filesOf.get(keys[0]) ?? []).filter((i) => i !== index && this.files[i].counted);
    for (const key of keys) {
      if (candidates.length === 0) return index;
      const holders = this.filesOf.get(key)!;
      candidates = candidates.filter((i) => holders.includes(i));
    }
    const covering = candidates.filter((i) => this.files[i].keys.length > keys.length || i < index);
    if (covering.length === 0) return index;
    // The largest file that holds them, the first read of those.
    return covering.reduce((best, i) => (this.files[i].keys.length > this.files[best].keys.length ? i : best));
  }
}
