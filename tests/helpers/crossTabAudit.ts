import type { ShownCell } from './disclosure';

// An attacker's view of a set of published tables, written apart from
// shared/synthesis/outputs/tableProtection.ts so it checks it: every figure by a name, every sum
// the reader knows holds, and what can be worked out when each cell's possible values are
// narrowed through every sum in turn, over and over ("<5" is 1–4, "[c]" 0 up to `ceiling`).

export interface Line {
  name: string;
  total: string;
  parts: string[];
}

export class Published {
  readonly figures = new Map<string, ShownCell>();
  readonly lines: Line[] = [];

  /** Records a figure; the same figure published twice must read the same. */
  set(name: string, value: ShownCell): void {
    const before = this.figures.get(name);
    if (before !== undefined && before !== value)
      throw new Error(`${name} reads ${String(before)} in one place and ${String(value)} in another`);
    this.figures.set(name, value);
  }

  line(name: string, total: string, parts: string[]): void {
    this.lines.push({ name, total, parts });
  }

  /** Withheld figures whose every possible value but one is ruled out, with that value. */
  recoverable(ceiling: number): { name: string; value: number }[] {
    const lo = new Map<string, number>();
    const hi = new Map<string, number>();
    for (const [name, v] of this.figures) {
      if (typeof v === 'number') [lo, hi].forEach((m) => m.set(name, v));
      else {
        lo.set(name, v === '<5' ? 1 : 0);
        hi.set(name, v === '<5' ? 4 : ceiling);
      }
    }
    let moved = true;
    while (moved) {
      moved = false;
      for (const { total, parts } of this.lines) {
        const sumLo = parts.reduce((s, p) => s + lo.get(p)!, 0);
        const sumHi = parts.reduce((s, p) => s + hi.get(p)!, 0);
        const tighten = (name: string, least: number, most: number) => {
          if (least > lo.get(name)!) {
            lo.set(name, least);
            moved = true;
          }
          if (most < hi.get(name)!) {
            hi.set(name, most);
            moved = true;
          }
        };
        tighten(total, sumLo, sumHi);
        for (const p of parts) tighten(p, lo.get(total)! - (sumHi - hi.get(p)!), hi.get(total)! - (sumLo - lo.get(p)!));
      }
    }
    return [...this.figures]
      .filter(([name, v]) => typeof v === 'string' && lo.get(name) === hi.get(name))
      .map(([name]) => ({ name, value: lo.get(name)! }));
  }
}
