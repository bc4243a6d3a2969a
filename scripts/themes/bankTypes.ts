// The shape of the hand-written phrase banks the labelled theme set is generated from.

export interface ThemeBank {
  /** Stable id, e.g. "barriers.staffing". */
  id: string;
  /** What the theme is, as a coder would name it. */
  label: string;
  /** Under 10 notes in the whole set. */
  rare?: boolean;
  /** A view few hold, which must stay visible rather than be folded into a larger theme. */
  minority?: boolean;
  /** How often tables raise it, relative to the question's other themes. */
  weight: number;
  /** Headlines tables give a group of these notes. */
  headlines: string[];
  /** Notes as staff wrote them, one a line; even lines feed the training events, odd lines the held-out events. */
  notes: string;
}

export interface QuestionBank {
  templateId: string;
  themes: ThemeBank[];
}

/** The bank's notes as a list, blank lines dropped. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
