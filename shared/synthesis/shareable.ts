import { protectedCounts, shown, meanShown, isWithheld, WITHHELD, type Shown } from '../export/suppression';
import { shownNoteTable } from './noteTable';
import type { Audience, MergedNote, Synthesis, Theme } from './types';

// The synthesis as it may be shared: every count of people, notes or votes as people may read
// it (shared/export/suppression.ts), each list protected against the total it adds up to, so
// no "<5" can be worked out by subtraction, and no mean beside a withheld cell. The counts of
// notes (by audience, question and theme) are all protected as one table (noteTable.ts), since
// a reader can subtract across them; the codebook and the cross-tabs show the same cells. The report,
// the counts CSV, the workbook and the synthesis JSON are all written from this; the exact
// figures go only into the raw files, which are made only when asked for.

export interface ShownRow {
  code: string;
  label: string;
  count: Shown;
}

export type ShownTheme = Omit<Theme, 'notes' | 'dots'> & { notes: Shown; dots: Shown };

export interface ShareableQuestion {
  templateId: string;
  title: string;
  events: number;
  notes: Record<Audience, Shown>;
  themes: Record<Audience, ShownTheme[]>;
  alsoRaised: Record<Audience, ShownTheme[]>;
  other: Record<Audience, Shown>;
  ungrouped: Shown;
  dotsByZone: Record<Audience, ShownRow[]>;
  ratings: {
    audience: Audience;
    zoneLabel: string;
    scale: number;
    distribution: Shown[];
    ratedBy: Shown;
    /** Null when any cell is withheld: a mean beside it would give it away. */
    mean: number | null;
  }[];
  stances: { audience: Audience; phase: 'before' | 'after'; option: string; count: Shown }[];
  unrevealed: { boards: number; dots: Shown; ratings: Shown; stances: Shown };
}

export interface ShareableSynthesis {
  totals: Omit<
    Synthesis['totals'],
    'participants' | 'participantNotes' | 'notesByAudience' | 'dots' | 'ratings' | 'unrevealedVotes'
  > & {
    participants: Shown;
    participantNotes: Shown;
    notesByAudience: Record<Audience, Shown>;
    dots: Shown;
    ratings: Shown;
    unrevealedVotes: Shown;
  };
  themeMethod: Synthesis['themeMethod'];
  sources: Synthesis['sources'];
  piiWithheld: Synthesis['piiWithheld'];
  questions: ShareableQuestion[];
  counts: Record<keyof Synthesis['counts'], ShownRow[]>;
}

/**
 * A list whose total is withheld would give the total away if every cell were shown: then the
 * smallest cell is withheld too.
 */
function underWithheld(cells: Shown[], values: readonly number[], total: Shown | null): Shown[] {
  if (total === null || !isWithheld(total) || cells.some(isWithheld)) return cells;
  const open = values.map((v, i) => ({ v, i })).filter(({ v }) => v > 0);
  if (open.length === 0) return cells;
  open.sort((a, b) => a.v - b.v || a.i - b.i);
  const out = [...cells];
  out[open[0].i] = WITHHELD;
  return out;
}

function protectedList(values: readonly number[], total: Shown | null): Shown[] {
  return underWithheld(protectedCounts(values, total), values, total);
}

const rows = (list: Synthesis['counts']['staffGroup'], total: Shown | null): ShownRow[] => {
  const cells = protectedList(
    list.map((r) => r.count),
    total,
  );
  return list.map((r, i) => ({ ...r, count: cells[i] }));
};

export function shareableSynthesis(s: Synthesis): ShareableSynthesis {
  const t = s.totals;
  const notesTotal = shown(t.participantNotes);
  const noteTable = shownNoteTable(s, notesTotal);
  const byAudience = [noteTable.byAudience.staff, noteTable.byAudience.public];
  const template = s.counts.template.map((r, i) => ({ ...r, count: noteTable.template[i] }));

  // Every dot cell of every question adds up to the dots total; every unrevealed count to theirs.
  const dotCells = protectedList(
    s.questions.flatMap((q) => [...q.dotsByZone.staff, ...q.dotsByZone.public].map((r) => r.count)),
    shown(t.dots),
  );
  const unrevealedCells = protectedList(
    s.questions.flatMap((q) => [q.unrevealed.dots, q.unrevealed.ratings, q.unrevealed.stances]),
    shown(t.unrevealedVotes),
  );
  const ratedBy = protectedList(
    s.questions.flatMap((q) => q.ratings.map((r) => r.distribution.reduce((a, b) => a + b, 0))),
    shown(t.ratings),
  );
  let dotAt = 0;
  let ratingAt = 0;
  const questions = s.questions.map((q, qi): ShareableQuestion => {
    // Its notes, by audience, by theme and "other": cells of the one table of notes (noteTable.ts).
    const cells = noteTable.questions[qi];
    const themeList = [...q.themes.staff, ...q.alsoRaised.staff, ...q.themes.public, ...q.alsoRaised.public];
    const themed = new Map(themeList.map((th, i) => [th, [...cells.themes.staff, ...cells.themes.public][i]]));
    const theme = (th: Theme): ShownTheme => ({ ...th, notes: themed.get(th)!, dots: shown(th.dots) });
    const dots = (list: typeof q.dotsByZone.staff) => list.map((r) => ({ ...r, count: dotCells[dotAt++] }));
    return {
      templateId: q.templateId,
      title: q.title,
      events: q.events,
      notes: cells.notes,
      themes: { staff: q.themes.staff.map(theme), public: q.themes.public.map(theme) },
      alsoRaised: { staff: q.alsoRaised.staff.map(theme), public: q.alsoRaised.public.map(theme) },
      other: cells.other,
      // Only the notes in no group are shown, never those in groups, so nothing is taken from the total.
      ungrouped: shown(q.ungrouped),
      dotsByZone: { staff: dots(q.dotsByZone.staff), public: dots(q.dotsByZone.public) },
      ratings: q.ratings.map((r) => {
        const by = ratedBy[ratingAt++];
        const cells = protectedList(r.distribution, by);
        const mean = typeof by === 'number' ? meanShown(r.distribution, cells) : null;
        return { audience: r.audience, zoneLabel: r.zoneLabel, scale: r.scale, distribution: cells, ratedBy: by, mean };
      }),
      stances: q.stances.map((st) => ({ ...st, count: shown(st.count) })),
      unrevealed: {
        boards: q.unrevealed.boards,
        dots: unrevealedCells[qi * 3],
        ratings: unrevealedCells[qi * 3 + 1],
        stances: unrevealedCells[qi * 3 + 2],
      },
    };
  });
  const people = shown(t.participants);
  return {
    totals: {
      ...t,
      participants: people,
      participantNotes: notesTotal,
      notesByAudience: { staff: byAudience[0], public: byAudience[1] },
      dots: shown(t.dots),
      ratings: shown(t.ratings),
      unrevealedVotes: shown(t.unrevealedVotes),
    },
    themeMethod: s.themeMethod,
    sources: s.sources,
    piiWithheld: s.piiWithheld,
    questions,
    counts: {
      staffGroup: rows(s.counts.staffGroup, notesTotal),
      sector: rows(s.counts.sector, notesTotal),
      shift: rows(s.counts.shift, notesTotal),
      template,
      table: rows(s.counts.table, notesTotal),
      participantsByStaffGroup: rows(s.counts.participantsByStaffGroup, people),
      participantsBySector: rows(s.counts.participantsBySector, people),
    },
  };
}

/**
 * The notes as they may be shared: what was said, by question, zone, group and audience, with
 * no staff group, sector, table or dots (those are in the raw file). The notes of a count that is
 * withheld (a question's public notes that read "<5", say) are withheld too, or counting rows
 * would give the count away.
 */
export function shareableNotes(s: ShareableSynthesis, notes: readonly MergedNote[]): MergedNote[] {
  const byTemplate = new Map(s.questions.map((q) => [q.templateId, q]));
  return notes.filter((n) => {
    const q = byTemplate.get(n.templateId);
    if (!q || isWithheld(q.notes[n.audience])) return false;
    return n.group !== '' || !isWithheld(q.ungrouped);
  });
}
