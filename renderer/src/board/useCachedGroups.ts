import type Konva from 'konva';
import { createRef, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Rect } from '../../../shared/document/geometry';
import { cacheGroups, type CachedGroups } from './layerCache';

/** Whether two lists hold the same values, each compared with ===. */
function sameValues(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
  return !!a && a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Refs for `count` groups of one layer, cached as bitmap tiles (layerCache.ts), `changed` to
 * redraw them all, and `commit(area, inputs)` for the board's render: `area` is the drawn area this render mounts
 * and `inputs` everything else its shapes are drawn from. Call `commit` from a layout effect
 * that runs before the Konva stage's and `committed` from one after it (see BoardCanvas).
 */
export function useCachedGroups(count: number): {
  refs: RefObject<Konva.Group | null>[];
  changed(): void;
  commit(area: Rect | null, inputs: readonly unknown[]): void;
  committed(): void;
} {
  const [refs] = useState(() => Array.from({ length: count }, () => createRef<Konva.Group>()));
  const installed = useRef<CachedGroups | null>(null);
  const last = useRef<{ area: Rect | null; inputs: readonly unknown[] } | null>(null);
  useLayoutEffect(() => {
    if (installed.current || refs.some((r) => !r.current)) return;
    installed.current = cacheGroups(refs.map((r) => r.current!));
    installed.current.beginCommit(last.current?.area ?? null, false);
    installed.current.endCommit();
  });
  useLayoutEffect(
    () => () => {
      installed.current?.undo();
      installed.current = null;
    },
    [],
  );
  return useMemo(
    () => ({
      refs,
      changed: () => installed.current?.changed(),
      commit(area, inputs) {
        const prev = last.current;
        const recull = !!prev && prev.area !== area && sameValues(prev.inputs, inputs);
        last.current = { area, inputs };
        installed.current?.beginCommit(area, recull);
      },
      committed: () => installed.current?.endCommit(),
    }),
    [refs],
  );
}
