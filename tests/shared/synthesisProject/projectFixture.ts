import type { CodedTheme, Coding } from '../../../shared/synthesis/coding';
import { createSynthesisProject } from '../../../shared/synthesisProject/create';
import type { SynthesisProject } from '../../../shared/synthesisProject/schema';

export const AT = '2026-12-02T10:00:00.000Z';

export function theme(id: string, noteIds: string[], extra: Partial<CodedTheme> = {}): CodedTheme {
  return {
    id,
    headline: `Headline of ${id}`,
    definition: '',
    subPoints: [],
    quoteNoteId: null,
    approved: false,
    noteIds,
    origin: 'machine',
    ...extra,
  };
}

/** Two questions: q1 (staff) with t-1 [n1,n2,n3], t-2 [n4,n5], other [n6]; q2 (public) with t-3 [p1,p2]. */
export function sampleCoding(): Coding {
  return {
    questions: [
      {
        templateId: 'q1',
        audience: 'staff',
        themes: [theme('t-1', ['n1', 'n2', 'n3'], { quoteNoteId: 'n2' }), theme('t-2', ['n4', 'n5'])],
        other: ['n6'],
      },
      { templateId: 'q2', audience: 'public', themes: [theme('t-3', ['p1', 'p2'])], other: [] },
    ],
  };
}

export function sampleProject(coding: Coding = sampleCoding()): SynthesisProject {
  return createSynthesisProject({
    id: 'proj-1',
    name: 'Staff survey',
    at: AT,
    analyst: 'Asha',
    sources: [{ name: 'a.roundtable-export.json', path: 'a.roundtable-export.json', contentHash: 'h1', addedAt: AT }],
    coding,
    noteGroups: { n1: 'g-1', n2: 'g-1', n4: 'g-2', n6: 'g-2' },
  });
}

/** Where each note is, question and theme (or "other"), as "q1|t-1". */
export function placesOf(project: SynthesisProject): Map<string, string> {
  const where = new Map<string, string>();
  for (const q of project.coding.questions) {
    for (const t of q.themes) for (const id of t.noteIds) where.set(id, `${q.templateId}|${t.id}`);
    for (const id of q.other) where.set(id, `${q.templateId}|other`);
  }
  return where;
}
