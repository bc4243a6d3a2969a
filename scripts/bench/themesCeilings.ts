// How far any way of finding themes could get on the labelled set, given what the kept method
// starts from (centred Universal Sentence Encoder vectors, the tables' groups kept whole), by
// using what no method may know: the true themes. Diagnostics only, never used to choose a setting.
// - the best threshold per question, picked with the truth;
// - each group (or lone note) put in the true theme whose centroid it is most like;
// - the true themes themselves, with each table group kept whole (in its majority's theme).
// Usage: npx tsx scripts/bench/themesCeilings.ts
import { builtStrata, cut, scoreClusters, type Built } from './themesSearch';

const SWEEP = Array.from({ length: 61 }, (_, i) => +(i * 0.01).toFixed(2));

/** Clusters of starting items by a chosen key (the true theme they are put in). */
function byKey(b: Built, keyOf: (start: number[]) => string): number[][] {
  const out = new Map<string, number[]>();
  for (const start of b.starts) out.set(keyOf(start), [...(out.get(keyOf(start)) ?? []), ...start]);
  return [...out.values()];
}

function nearestTrueCentroid(b: Built): number[][] {
  const d = b.items[0].vector.length;
  const sums = new Map<string, Float64Array>();
  b.stratum.notes.forEach((n, i) => {
    const s = sums.get(n.truth) ?? sums.set(n.truth, new Float64Array(d)).get(n.truth)!;
    for (let k = 0; k < d; k++) s[k] += b.items[i].vector[k];
  });
  return byKey(b, (start) => {
    let best = { theme: '', score: -Infinity };
    for (const [theme, s] of sums) {
      let dot = 0;
      for (const i of start) for (let k = 0; k < d; k++) dot += b.items[i].vector[k] * s[k];
      const score = dot / (Math.hypot(...s) || 1);
      if (score > best.score) best = { theme, score };
    }
    return best.theme;
  });
}

function truthWithGroupsWhole(b: Built): number[][] {
  return byKey(b, (start) => {
    const count = new Map<string, number>();
    for (const i of start) count.set(b.stratum.notes[i].truth, (count.get(b.stratum.notes[i].truth) ?? 0) + 1);
    return [...count].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
  });
}

const f = (x: number) => x.toFixed(3);
for (const split of ['train', 'test'] as const) {
  const list = builtStrata(split);
  const bestT = new Map(
    list.map((b) => {
      let top = { f1: -1, t: 0 };
      for (const t of SWEEP) {
        const f1 = scoreClusters([b], (x) => cut(x, t)).pairF1;
        if (f1 > top.f1) top = { f1, t };
      }
      return [b, top.t];
    }),
  );
  const groups = scoreClusters(list, (b) => b.starts);
  const rows: [string, ReturnType<typeof scoreClusters>][] = [
    ['tables’ groups alone (pair precision is how often two grouped notes share a true theme)', groups],
    ['best threshold per question, picked with the truth', scoreClusters(list, (b) => cut(b, bestT.get(b)!))],
    ['each group or lone note to the nearest true-theme centroid', scoreClusters(list, nearestTrueCentroid)],
    ['the true themes, each table group kept whole', scoreClusters(list, truthWithGroupsWhole)],
  ];
  for (const [name, s] of rows)
    console.log(
      `${split} | ${name} | P ${f(s.pairPrecision)} R ${f(s.pairRecall)} F1 ${f(s.pairF1)} | rare apart ${s.rare.filter((r) => r.keptApart).length}/${s.rare.length}`,
    );
}
