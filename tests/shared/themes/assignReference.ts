import { cutTree, type Join, type SimilarityTable } from '../../../shared/themes/linkage';
import type { AssignSettings } from '../../../shared/themes/assign';
import { nearestTheme, similarity, ThemeSums, type Prepared } from '../../../shared/themes/similarity';

// The theme assignment as first written (shared/themes/assign.ts before its quadratic steps were
// taken out): every pair of notes compared, every note not yet placed compared again with every
// theme after each batch, every scan of the linkage over every item ever given. Kept only to show the faster one gives exactly the same themes.

/** Every join, most similar first, until one cluster is left or nothing more is similar at all (above -Infinity). */
export function referenceAverageLinkageTree(table: SimilarityTable): Join[] {
  const { n } = table;
  const sim = Float64Array.from(table.values);
  const size = table.sizes ? Int32Array.from(table.sizes) : new Int32Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const best = new Int32Array(n).fill(-1);
  const bestOf = (i: number) => {
    let found = -1;
    for (let j = 0; j < n; j++)
      if (j !== i && alive[j] && (found < 0 || sim[i * n + j] > sim[i * n + found])) found = j;
    return found;
  };
  for (let i = 0; i < n; i++) best[i] = bestOf(i);
  const joins: Join[] = [];
  for (let step = 0; step < n - 1; step++) {
    let a = -1;
    for (let i = 0; i < n; i++)
      if (alive[i] && best[i] >= 0 && (a < 0 || sim[i * n + best[i]] > sim[a * n + best[a]])) a = i;
    if (a < 0) break;
    let b = best[a];
    if (b < a) [a, b] = [b, a];
    joins.push({ a, b, similarity: sim[a * n + b] });
    const [sizeA, sizeB] = [size[a], size[b]];
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a || k === b) continue;
      const joined = (sim[a * n + k] * sizeA + sim[b * n + k] * sizeB) / (sizeA + sizeB);
      sim[a * n + k] = sim[k * n + a] = joined;
    }
    size[a] = sizeA + sizeB;
    alive[b] = 0;
    best[b] = -1;
    for (let k = 0; k < n; k++) {
      if (!alive[k]) continue;
      if (k === a || best[k] === a || best[k] === b) best[k] = bestOf(k);
      else if (sim[k * n + a] > sim[k * n + best[k]] || (sim[k * n + a] === sim[k * n + best[k]] && a < best[k]))
        best[k] = a;
    }
  }
  return joins;
}

/** The items that start linking: each table group's notes as one (when kept together), every other note alone. */
function startingItems(items: readonly Prepared[], together: boolean): number[][] {
  const starts: number[][] = [];
  const ofGroup = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (!together || item.group === null) return void starts.push([i]);
    const members = ofGroup.get(item.group);
    if (members) members.push(i);
    else {
      ofGroup.set(item.group, [i]);
      starts.push(ofGroup.get(item.group)!);
    }
  });
  return starts;
}

/** Links `items` pairwise; clusters as lists of indices into `items`. */
function referenceLink(items: readonly Prepared[], settings: AssignSettings): number[][] {
  const n = items.length;
  const pair = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    pair[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) pair[i * n + j] = pair[j * n + i] = similarity(items[i], items[j], settings);
  }
  const starts = startingItems(items, settings.groupsStayTogether ?? false);
  const m = starts.length;
  // Two starting items are as alike as their notes are on average (the average-linkage rule).
  const values = m === n ? pair : new Float64Array(m * m);
  if (m !== n)
    for (let a = 0; a < m; a++) {
      values[a * m + a] = 1;
      for (let b = a + 1; b < m; b++) {
        let sum = 0;
        for (const i of starts[a]) for (const j of starts[b]) sum += pair[i * n + j];
        values[a * m + b] = values[b * m + a] = sum / (starts[a].length * starts[b].length);
      }
    }
  const sizes = starts.map((s) => s.length);
  const labels = cutTree(m, referenceAverageLinkageTree({ n: m, values, sizes }), settings.threshold);
  const clusters: number[][] = [];
  labels.forEach((label, a) => (clusters[label] ??= []).push(...starts[a]));
  return clusters.map((c) => c.sort((x, y) => x - y));
}

/** `assignThemes` over notes already prepared, by index: themes largest first (ties: lowest index), "other" in order. */
export function referenceAssignPrepared(
  items: readonly Prepared[],
  settings: AssignSettings,
): { themes: number[][]; other: number[] } {
  const built: ThemeSums[] = [];
  const alone: number[] = [];
  const dimensions = items[0]?.vector.length ?? 0;
  const start = (members: number[]) => {
    const theme = new ThemeSums(dimensions);
    for (const m of members) theme.add(items[m], m);
    built.push(theme);
  };
  /** Puts note i in the theme it is most like on average (the average-linkage rule), if any reaches the threshold. */
  const joinNearest = (i: number): boolean => {
    const best = nearestTheme(built, items[i], settings, settings.threshold);
    best?.add(items[i], i);
    return best !== null;
  };
  let pending = items.map((_, i) => i);
  while (pending.length > 0) {
    const batch = pending.slice(0, settings.maxLinked);
    const aloneHere: number[] = [];
    for (const cluster of referenceLink(
      batch.map((i) => items[i]),
      settings,
    )) {
      const members = cluster.map((k) => batch[k]);
      if (members.length > 1) start(members);
      else aloneHere.push(members[0]);
    }
    const rest = pending.slice(settings.maxLinked).filter((i) => !joinNearest(i));
    if (rest.length === 0) {
      alone.push(...aloneHere);
      break;
    }
    // Notes alone in this batch may yet find each other among the rest; always fewer left, so it ends.
    const next = [...aloneHere, ...rest];
    if (next.length < pending.length) pending = next;
    else {
      alone.push(...aloneHere);
      pending = rest;
    }
  }
  const themes = built
    .map((t) => [...t.members].sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || a[0] - b[0]);
  return { themes, other: alone.sort((a, b) => a - b) };
}
