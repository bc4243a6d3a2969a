import type { Note } from '../../../shared/document/schema';
import type { InputSourceCode, SectorCode, StaffGroupCode } from '../../../shared/document/taxonomy';

/** A field's value in a form about several notes: a code, none (''), or MIXED when the notes differ and it is left as is. */
export const MIXED = '__mixed';

export interface MetaDraft {
  staffGroup: string;
  sector: string;
  source: string;
  severity: string;
}

export interface DetailsDraft extends MetaDraft {
  /** true, false, or MIXED. */
  isQuote: boolean | typeof MIXED;
}

type Changes = Partial<Pick<Note, 'staffGroup' | 'sector' | 'source' | 'isQuote' | 'severity'>>;

const shared = <T>(notes: readonly Note[], read: (n: Note) => T): T | typeof MIXED => {
  const first = read(notes[0]);
  return notes.every((n) => read(n) === first) ? first : MIXED;
};

/** The form's starting values for some notes: each field their common value, or MIXED where they differ. */
export function draftOf(notes: readonly Note[]): DetailsDraft {
  const text = <T>(read: (n: Note) => T) => {
    const value = shared(notes, read);
    return value === MIXED ? MIXED : value === null ? '' : String(value);
  };
  return {
    staffGroup: text((n) => n.staffGroup),
    sector: text((n) => n.sector),
    source: text((n) => n.source),
    severity: text((n) => n.severity),
    isQuote: shared(notes, (n) => n.isQuote),
  };
}

/** What the form changes, against where it started: only the fields the user touched, so mixed values stay mixed. */
export function changesOf(start: DetailsDraft, draft: DetailsDraft): Changes {
  const changes: Changes = {};
  const orNull = (v: string) => (v === '' ? null : v);
  if (draft.staffGroup !== start.staffGroup && draft.staffGroup !== MIXED)
    changes.staffGroup = orNull(draft.staffGroup) as StaffGroupCode | null;
  if (draft.sector !== start.sector && draft.sector !== MIXED)
    changes.sector = orNull(draft.sector) as SectorCode | null;
  if (draft.source !== start.source && draft.source !== MIXED)
    changes.source = orNull(draft.source) as InputSourceCode | null;
  if (draft.severity !== start.severity && draft.severity !== MIXED)
    changes.severity = draft.severity === '' ? null : Number(draft.severity);
  if (draft.isQuote !== start.isQuote && draft.isQuote !== MIXED) changes.isQuote = draft.isQuote;
  return changes;
}
