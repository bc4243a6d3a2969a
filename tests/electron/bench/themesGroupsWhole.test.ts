import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsKeptWhole } from '../../../scripts/bench/themesGraphs';
import type { Built } from '../../../scripts/bench/themesSearch';

// The Louvain trial (scripts/bench/themesGraphs.ts) keeps the tables' groups whole after the
// communities are found, as the kept method does: whatever the communities, every note ends in
// exactly one theme and no table group is split.
const input = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    groupOf: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
    community: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
  }),
);

describe("the Louvain trial's must-link step", () => {
  it('puts every note in one theme, keeps each table group together, and moves a group to where most of it went', () => {
    fc.assert(
      fc.property(input, ({ groupOf, community }) => {
        // Group 0 stands for "no group": each such note starts alone.
        const starts: number[][] = [];
        const byGroup = new Map<number, number[]>();
        groupOf.forEach((g, i) => {
          if (g === 0) return void starts.push([i]);
          if (!byGroup.has(g)) starts.push(byGroup.set(g, []).get(g)!);
          byGroup.get(g)!.push(i);
        });
        const clusters = groupsKeptWhole({ starts } as unknown as Built, Int32Array.from(community));
        expect(clusters.flat().sort((a, b) => a - b)).toEqual(groupOf.map((_, i) => i));
        const home = new Map(clusters.flatMap((c, k) => c.map((i) => [i, k] as const)));
        for (const start of starts) {
          expect(new Set(start.map((i) => home.get(i))).size).toBe(1);
          const counts = new Map<number, number>();
          for (const i of start) counts.set(community[i], (counts.get(community[i]) ?? 0) + 1);
          const most = Math.max(...counts.values());
          const landed = clusters[home.get(start[0])!];
          // The theme a group lands in holds a note that was in one of the group's largest shares.
          expect(start.some((i) => counts.get(community[i]) === most && landed.includes(i))).toBe(true);
        }
      }),
    );
  });
});
