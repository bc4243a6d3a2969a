import type { ExportNote, SessionExport } from '../export/schema';
import { themesOfCoding, type ThemeMethod } from './themes';
import { codingKey, type Coding } from './coding';
import { extendCoding, themeNumberAfter, type TextVectors } from '../themes/machineCoding';
import { rederived } from '../import/figures';
import { RecordLedger, type FoldedSource } from './dedupe';
import { PiiLedger, withholdPii, type PiiReviewItem } from './piiWithheld';
import {
  audienceOf,
  mixed,
  NOT_RECORDED,
  perAudience,
  PUBLIC_ROW,
  SECTOR_LABELS,
  SHIFT_LABELS,
  STAFF_GROUP_LABELS,
  staffFirst,
  sum,
  Tally,
  voteCounts,
} from './tally';
import {
  AUDIENCES,
  type AddOutcome,
  type Audience,
  type MergedNote,
  type QuestionSynthesis,
  type Synthesis,
  type SynthesisSource,
} from './types';

// The synthesis is built one export at a time, keeping only what it needs (group
// candidates, tallies, one small row per note), so a thousand files never sit in memory.

export { audienceOf, quoteLabel } from './tally';

interface QuestionAccumulator {
  title: string;
  notes: Record<Audience, number>;
  ungrouped: number;
  dotsByZone: Record<Audience, Tally>;
  ratings: Map<string, { audience: Audience; zoneLabel: string; scale: number; distribution: number[] }>;
  stances: Map<string, { audience: Audience; phase: 'before' | 'after'; option: string; count: number }>;
  unrevealed: { boards: number; dots: number; ratings: number; stances: number };
}

/** How the themes are found: see `SynthesisBuilder.result`. */
export interface ThemeOptions {
  /** A coding given in (e.g. reviewed in a synthesis project); notes it does not hold are added to it as the machine would. */
  coding?: Coding;
  /** Sentence vectors by text (every note's text and group headline); none: themes by shared words alone. */
  vectors?: TextVectors;
  /** Why there are no vectors (the sentence model could not be loaded): said in the result and the report. */
  wordsOnlyReason?: string;
}

export interface SynthesisOptions {
  /** Ids of PII findings an organiser has looked at and released (`PiiFinding.id`); every other finding is withheld. */
  releasedPii?: Iterable<string>;
}

export class SynthesisBuilder {
  private readonly ledger = new RecordLedger();
  private readonly folded: FoldedSource[] = [];
  private readonly released: ReadonlySet<string>;
  private readonly pii = new PiiLedger();
  private readonly sourceList: SynthesisSource[] = [];
  private readonly questions = new Map<string, QuestionAccumulator>();
  private readonly rows: MergedNote[] = [];
  /** The file each row and each group came from: they are credited to that file's session, or to the session of a file that holds all its records. */
  private readonly rowFiles: number[] = [];
  /** Each table group's sub-points, by its id. */
  private readonly subPoints = new Map<string, string[]>();
  /** Notes a table chose as its group's quote (a quote as much as a note marked as one). */
  private readonly groupQuotes = new Set<string>();
  private creditedRows: MergedNote[] | null = null;
  private codingMade: { key: readonly unknown[]; coding: Coding } | null = null;
  private rowIndex: { rows: readonly MergedNote[]; byId: ReadonlyMap<string, MergedNote> } | null = null;
  private codingRows: { rows: readonly MergedNote[]; notes: readonly MergedNote[] } | null = null;
  private fileIndex = 0;
  private readonly totals = {
    tables: 0,
    participants: 0,
    dots: 0,
    ratings: 0,
    unrevealedVotes: 0,
    duplicatesSkipped: 0,
  };
  /** Each board's participant notes, counted once, by audience: whose its votes are is decided from all of them. */
  private readonly boardNotes = new Map<string, { public: number; all: number }>();
  /** Revealed ratings and stances per board, folded into the questions when the board's audience is known. */
  private readonly boardVotes: {
    q: QuestionAccumulator;
    boardId: string;
    ratings: SessionExport['votes'][number]['ratings'];
    stances: SessionExport['votes'][number]['stances'];
  }[] = [];
  private readonly counts = {
    staffGroup: new Tally(),
    sector: new Tally(),
    template: new Tally(),
    participantsByStaffGroup: new Tally(),
    participantsBySector: new Tally(),
  };

  constructor(options: SynthesisOptions = {}) {
    this.released = new Set(options.releasedPii ?? []);
  }

  /**
   * Adds one export. Its free text is checked for personal details first, and what is found is
   * withheld. A note, group, table or vote already read from another file (by its id) is counted
   * once (dedupe.ts); a file that brings nothing new is skipped as a duplicate.
   */
  add(file: SessionExport, source: string): AddOutcome {
    // Derived figures are worked out again from the records, never taken from the file as stated
    // (every door already refuses a file that disagrees; this holds for any caller).
    const checked = withholdPii(rederived(file), source, this.released);
    const whole = checked.data;
    const admitted = this.ledger.admit(whole, source);
    this.creditedRows = null;
    if (admitted.folded) this.folded.push(admitted.folded);
    if (admitted.nothingNew) {
      this.totals.duplicatesSkipped++;
      return 'duplicate';
    }
    this.pii.add(checked.review);
    const data = admitted.fresh;
    this.fileIndex = admitted.fileIndex;
    this.sourceList.push({
      source,
      sessionId: data.session.id,
      eventName: data.event.name,
      eventDate: data.event.date,
      contentHash: data.contentHash,
    });
    this.totals.tables += data.tables.length;
    // People, never notes: each table's participant count, by the mix the facilitator recorded;
    // the rest of a table's people are "Not recorded". A mix without a count counts its people.
    for (const table of data.tables) {
      const people = Math.max(table.participantCount ?? 0, mixed(table.mix.staffGroups), mixed(table.mix.sectors));
      this.totals.participants += people;
      for (const [tally, mix, labels] of [
        [this.counts.participantsByStaffGroup, table.mix.staffGroups, STAFF_GROUP_LABELS],
        [this.counts.participantsBySector, table.mix.sectors, SECTOR_LABELS],
      ] as const) {
        for (const [code, n] of Object.entries(mix)) if (n) tally.add(code, labels.get(code) ?? code, n);
        if (people > mixed(mix)) tally.add('', NOT_RECORDED, people - mixed(mix));
      }
    }
    this.addNotes(data, whole);
    this.addVotes(data, whole);
    return 'added';
  }

  private question(templateId: string, title: string): QuestionAccumulator {
    let q = this.questions.get(templateId);
    if (!q) {
      q = {
        title,
        notes: perAudience(() => 0),
        ungrouped: 0,
        dotsByZone: perAudience(() => new Tally()),
        ratings: new Map(),
        stances: new Map(),
        unrevealed: { boards: 0, dots: 0, ratings: 0, stances: 0 },
      };
      this.questions.set(templateId, q);
    }
    return q;
  }

  /** Counts `data` (the file's records not read before); `whole` is the file, for looking records up. */
  private addNotes(data: SessionExport, whole: SessionExport): void {
    const exercises = new Map(data.exercises.map((e) => [e.id, e]));
    const tables = new Map(whole.tables.map((t) => [t.id, t.name]));
    const clusters = new Map(whole.clusters.map((c) => [c.id, c]));
    const shift = data.event.shift;
    const revealed = new Set(whole.votes.filter((v) => v.revealed).map((v) => v.boardId));
    const dotsOf = (n: ExportNote) => (revealed.has(n.boardId) ? n.dots : 0);
    for (const exercise of data.exercises) this.question(exercise.templateId, exercise.title);
    for (const note of data.notes) {
      if (!note.countsAsInput) continue;
      const exercise = exercises.get(note.exerciseId)!;
      const q = this.question(exercise.templateId, exercise.title);
      const audience = audienceOf(note);
      const onBoard = this.boardNotes.get(note.boardId) ?? { public: 0, all: 0 };
      onBoard.all++;
      if (audience === 'public') onBoard.public++;
      this.boardNotes.set(note.boardId, onBoard);
      const table = note.tableId === null ? 'Room' : (tables.get(note.tableId) ?? '');
      q.notes[audience]++;
      if (note.clusterId === null) q.ungrouped++;
      // Public input is no staff group's and no sector's "Not recorded": it has a row of its own.
      if (audience === 'public') {
        this.counts.staffGroup.add('public', PUBLIC_ROW);
        this.counts.sector.add('public', PUBLIC_ROW);
      } else {
        this.counts.staffGroup.add(
          note.staffGroup ?? '',
          note.staffGroup ? STAFF_GROUP_LABELS.get(note.staffGroup)! : NOT_RECORDED,
        );
        this.counts.sector.add(note.sector ?? '', note.sector ? SECTOR_LABELS.get(note.sector)! : NOT_RECORDED);
      }
      this.counts.template.add(exercise.templateId, exercise.title);
      this.rowFiles.push(this.fileIndex);
      this.rows.push({
        noteId: note.id,
        groupId: note.clusterId ?? '',
        sessionId: data.session.id,
        eventName: data.event.name,
        eventDate: data.event.date,
        shift: shift ?? '',
        templateId: exercise.templateId,
        exercise: exercise.title,
        table,
        zone: note.zoneLabel ?? '',
        group: note.clusterId ? (clusters.get(note.clusterId)?.headline ?? '') : '',
        text: note.text,
        staffGroup: note.staffGroup ?? '',
        sector: note.sector ?? '',
        audience,
        isQuote: note.isQuote,
        dots: dotsOf(note),
        unrevealedDots: note.dots - dotsOf(note),
      });
    }
    for (const cluster of data.clusters) {
      this.subPoints.set(cluster.id, [...cluster.subPoints]);
      if (cluster.quote) this.groupQuotes.add(cluster.quote.noteId);
    }
  }

  private addVotes(data: SessionExport, whole: SessionExport): void {
    const exercises = new Map(data.exercises.map((e) => [e.id, e]));
    const notes = new Map(whole.notes.map((n) => [n.id, n]));
    for (const board of data.votes) {
      const exercise = exercises.get(board.exerciseId);
      if (!exercise) continue;
      const q = this.question(exercise.templateId, exercise.title);
      if (!board.revealed) {
        // The room had not seen these: they are left out of every result, and counted apart.
        const hidden = voteCounts(board);
        if (hidden.dots + hidden.ratings + hidden.stances === 0) continue;
        q.unrevealed.boards++;
        q.unrevealed.dots += hidden.dots;
        q.unrevealed.ratings += hidden.ratings;
        q.unrevealed.stances += hidden.stances;
        this.totals.unrevealedVotes += hidden.dots + hidden.ratings + hidden.stances;
        continue;
      }
      // A dot is counted with the note it is on: dots on public input are the public's.
      for (const { noteId, count } of board.dots) {
        this.totals.dots += count;
        const note = notes.get(noteId);
        const zone = note?.zoneLabel ?? 'No zone';
        q.dotsByZone[note ? audienceOf(note) : 'staff'].add(zone, zone, count);
      }
      for (const rating of board.ratings) this.totals.ratings += sum(rating.distribution);
      this.boardVotes.push({ q, boardId: board.boardId, ratings: board.ratings, stances: board.stances });
    }
  }

  /** Ratings and stances into their questions, each board's as its audience's: public when most of its notes are. */
  private foldBoardVotes(): void {
    for (const q of this.questions.values()) {
      q.ratings.clear();
      q.stances.clear();
    }
    for (const { q, boardId, ratings, stances } of this.boardVotes) {
      const t = this.boardNotes.get(boardId);
      const audience: Audience = t && t.public * 2 > t.all ? 'public' : 'staff';
      for (const rating of ratings) {
        const key = `${audience}|${rating.zoneLabel}|${rating.scale}`;
        const entry = q.ratings.get(key) ?? {
          audience,
          zoneLabel: rating.zoneLabel,
          scale: rating.scale,
          distribution: new Array<number>(rating.scale).fill(0),
        };
        rating.distribution.forEach((n, i) => (entry.distribution[i] += n));
        q.ratings.set(key, entry);
      }
      for (const stance of stances) {
        const key = `${audience}|${stance.phase}|${stance.option}`;
        const entry = q.stances.get(key) ?? { audience, ...stance, count: 0 };
        entry.count += stance.count;
        q.stances.set(key, entry);
      }
    }
  }

  /** Every PII finding, withheld or released, with the text around it: for the organiser's review screen only, never a file. */
  piiReview(): PiiReviewItem[] {
    return this.pii.review();
  }

  /** One row per participant note of every export added, in the order added. */
  noteRows(): readonly MergedNote[] {
    this.creditedRows ??= this.rows.map((row, i) => {
      const credit = this.ledger.creditedSession(this.rowFiles[i]);
      return credit.sessionId === row.sessionId
        ? row
        : {
            ...row,
            sessionId: credit.sessionId,
            eventName: credit.eventName,
            eventDate: credit.eventDate,
            shift: credit.shift ?? '',
          };
    });
    return this.creditedRows;
  }

  /**
   * The note rows with each table group's chosen quote marked as a quote too: the notes the
   * themes quote, so the codebook and the coded notes quote what the report and the workspace do.
   */
  quotedNoteRows(): readonly MergedNote[] {
    return this.codingNotes();
  }

  /** A note marked as a quote, or chosen as its group's quote by its table. */
  private isQuoted(row: MergedNote): boolean {
    return row.isQuote || this.groupQuotes.has(row.noteId);
  }

  /** Every text a sentence vector is wanted for (each note's text and each group headline), once each, sorted. */
  textsToEmbed(): string[] {
    const texts = new Set<string>();
    for (const row of this.rows) {
      texts.add(row.text);
      if (row.groupId && row.group.trim()) texts.add(row.group);
    }
    return [...texts].sort();
  }

  /** Every note row by record id, made once per set of rows. */
  private rowsById(): ReadonlyMap<string, MergedNote> {
    const rows = this.noteRows();
    if (this.rowIndex?.rows !== rows) this.rowIndex = { rows, byId: new Map(rows.map((row) => [row.noteId, row])) };
    return this.rowIndex.byId;
  }

  /** The note rows as the coding reads them (a note its table chose as the group's quote is a quote), made once per set of rows. */
  private codingNotes(): readonly MergedNote[] {
    const rows = this.noteRows();
    if (this.codingRows?.rows !== rows)
      this.codingRows = {
        rows,
        notes: rows.map((row) => (this.isQuoted(row) && !row.isQuote ? { ...row, isQuote: true } : row)),
      };
    return this.codingRows.notes;
  }

  /**
   * What the machine codes from: the note rows with each table's chosen quotes marked as
   * quotes, and each table group's sub-points. The workbench, the project workspace and the
   * command line all code from this, so a project's themes carry the tables' own sub-points
   * and quotes just as a one-off synthesis does.
   */
  codingInput(): { notes: readonly MergedNote[]; subPointsOf: (groupId: string) => readonly string[] } {
    return { notes: this.codingNotes(), subPointsOf: (id) => this.subPoints.get(id) ?? [] };
  }

  /**
   * The coding the themes are shown from: `options.coding` with any notes it does not hold added
   * (extendCoding), or the machine's coding of every note. Made once for the same inputs.
   */
  coding(options: ThemeOptions = {}): Coding {
    const vectors = options.vectors ?? null;
    const key = [options.coding, vectors, this.rows.length];
    if (this.codingMade && key.every((k, i) => k === this.codingMade!.key[i])) return this.codingMade.coding;
    const given = options.coding ?? { questions: [] };
    const { coding } = extendCoding(given, { ...this.codingInput(), vectors }, themeNumberAfter(given));
    this.codingMade = { key, coding };
    return coding;
  }

  /**
   * The synthesis of everything added so far. Its themes come from `coding(options)`: every note
   * in a theme or "other". Without vectors the machine compares notes by shared words alone, and
   * `themeMethod` says so (with `wordsOnlyReason`, when given).
   */
  result(options: ThemeOptions = {}): Synthesis {
    this.foldBoardVotes();
    const counted = this.ledger.counted();
    const shifts = new Tally();
    // Tables per event: "Table 1" of Leeds and "Table 1" of Truro are two tables, never added together.
    const tables = new Tally();
    // Rows come table by table, so a run of rows of one table (and one shift) is counted at once:
    // the same counts, first seen in the same order, without a key made for every note.
    const rows = this.noteRows();
    for (let i = 0; i < rows.length;) {
      const row = rows[i];
      let end = i + 1;
      while (end < rows.length && rows[end].sessionId === row.sessionId && rows[end].table === row.table) end++;
      let from = i;
      for (let k = i + 1; k <= end; k++)
        if (k === end || rows[k].shift !== rows[from].shift) {
          const shift = rows[from].shift;
          shifts.add(shift, shift ? SHIFT_LABELS.get(shift)! : NOT_RECORDED, k - from);
          from = k;
        }
      const event = `${row.eventName || 'Unnamed event'}${row.eventDate ? ` (${row.eventDate})` : ''}`;
      tables.add(`${row.sessionId}|${row.table}`, `${event} › ${row.table}`, end - i);
      i = end;
    }
    const coding = this.coding(options);
    const coded = new Map(coding.questions.map((q) => [codingKey(q.templateId, q.audience), q]));
    const byId = this.rowsById();
    const questions: QuestionSynthesis[] = [...this.questions].map(([templateId, q]) => {
      const themed = perAudience(() => themesOfCoding(undefined, byId, () => false));
      for (const audience of AUDIENCES)
        themed[audience] = themesOfCoding(coded.get(codingKey(templateId, audience)), byId, (row) =>
          this.isQuoted(row),
        );
      return {
        templateId,
        title: q.title,
        events: counted.sessionsByTemplate.get(templateId)?.size ?? 0,
        notes: { ...q.notes },
        themes: { staff: themed.staff.themes, public: themed.public.themes },
        alsoRaised: { staff: themed.staff.alsoRaised, public: themed.public.alsoRaised },
        other: { staff: themed.staff.other, public: themed.public.other },
        ungrouped: q.ungrouped,
        dotsByZone: { staff: q.dotsByZone.staff.rows(), public: q.dotsByZone.public.rows() },
        ratings: staffFirst([...q.ratings.values()]).map((r) => {
          const n = sum(r.distribution);
          const mean = n === 0 ? null : sum(r.distribution.map((c, i) => c * (i + 1))) / n;
          return { ...r, distribution: [...r.distribution], mean };
        }),
        stances: staffFirst([...q.stances.values()]).map((st) => ({ ...st })),
        unrevealed: { ...q.unrevealed },
      };
    });
    questions.sort((a, b) => a.templateId.localeCompare(b.templateId));
    const byAudience = perAudience(() => 0);
    for (const q of questions) for (const a of AUDIENCES) byAudience[a] += q.notes[a];
    const vectors = options.vectors ?? null;
    const themeMethod: ThemeMethod = {
      coding: options.coding ? 'given' : 'machine',
      similarity: vectors ? 'embeddings' : 'words',
      reason: vectors ? '' : (options.wordsOnlyReason ?? 'No sentence vectors were given.'),
    };
    return {
      themeMethod,
      totals: {
        events: counted.events.size,
        sessions: counted.sessions.size,
        tables: this.totals.tables,
        participants: this.totals.participants,
        participantNotes: byAudience.staff + byAudience.public,
        notesByAudience: byAudience,
        dots: this.totals.dots,
        ratings: this.totals.ratings,
        unrevealedVotes: this.totals.unrevealedVotes,
        duplicatesSkipped: this.totals.duplicatesSkipped,
        recordsFolded: this.folded.reduce((sum, f) => sum + f.notes + f.groups + f.tables + f.votes, 0),
      },
      sources: [...this.sourceList],
      folded: this.folded.map((f) => ({ ...f, alreadyIn: [...f.alreadyIn] })),
      piiWithheld: this.pii.withheld(),
      questions,
      counts: {
        staffGroup: this.counts.staffGroup.rows(),
        sector: this.counts.sector.rows(),
        shift: shifts.rows(),
        template: this.counts.template.rows(),
        table: tables.rows(),
        participantsByStaffGroup: this.counts.participantsByStaffGroup.rows(),
        participantsBySector: this.counts.participantsBySector.rows(),
      },
    };
  }
}
