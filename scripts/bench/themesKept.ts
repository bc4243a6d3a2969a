// The kept method (shared/themes/assign.ts) run over one split of the labelled set, as the
// synthesis runs it: per question and audience, every note with its embedding and its group.
import { performance } from 'node:perf_hooks';
import { OTHER } from '../../shared/themes/score';
import type { AssignSettings, AssignedThemes, ThemeNote } from '../../shared/themes/assign';
import type { BenchSet } from './themesData';
import type { Predicted } from './themesMethods';

export function keptThemes(
  set: BenchSet,
  split: 'train' | 'test',
  vectorOf: (text: string) => Float32Array,
  assign: (notes: readonly ThemeNote[], settings: AssignSettings) => AssignedThemes,
  settings: AssignSettings,
): { predicted: Predicted; ms: number } {
  const headlineOf = new Map(set.groups.map((g) => [g.id, g.headline]));
  const byStratum = new Map<string, ThemeNote[]>();
  for (const n of set.notes.filter((x) => x.split === split)) {
    const headline = n.group ? headlineOf.get(n.group) : undefined;
    const note: ThemeNote = {
      id: n.id,
      text: n.text,
      vector: vectorOf(n.text),
      group: n.group,
      headlineVector: headline ? vectorOf(headline) : null,
    };
    byStratum.set(n.stratum, [...(byStratum.get(n.stratum) ?? []), note]);
  }
  const predicted: Predicted = {};
  const started = performance.now();
  for (const [stratum, notes] of byStratum) {
    const { themes, other } = assign(notes, settings);
    themes.forEach((ids, t) => ids.forEach((id) => (predicted[id] = `${stratum}#${t}`)));
    for (const id of other) predicted[id] = OTHER;
  }
  return { predicted, ms: performance.now() - started };
}
