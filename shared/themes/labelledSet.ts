// The labelled theme set's truth file (tests/fixtures/themes/truth.json): which theme each
// participant note really belongs to, so a way of finding themes can be scored against it.

export interface LabelledTheme {
  id: string;
  templateId: string;
  label: string;
  /** Under 10 notes in the whole set. */
  rare: boolean;
  /** A view few hold, which must stay visible. */
  minority: boolean;
}

export interface LabelledEvent {
  file: string;
  sessionId: string;
  /** Tune on "train"; score on "test" only. */
  split: 'train' | 'test';
  tables: number;
  tablesThatGrouped: number;
}

export interface LabelledSet {
  description: string;
  questions: { templateId: string; title: string }[];
  themes: LabelledTheme[];
  events: LabelledEvent[];
  /** Note id to theme id. */
  notes: Record<string, string>;
}
