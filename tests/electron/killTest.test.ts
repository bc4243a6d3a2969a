// The kill test as CI runs it: 30 kills of the real store (the full 1,000 is run by hand:
// npx tsx scripts/kill-test.ts). Each kill is a SIGKILL at a random moment of a child
// process applying operations and saving (counted from when it is ready); after each, the file must load, hold every
// change acknowledged more than a second before the kill, and be the session as it stood
// after one of the operations.
import { describe, expect, it } from 'vitest';
import { runKillTest, type KillRound } from '../../scripts/kill-test/killTest';
import { tempFolder } from '../helpers/tempFolder';

describe('the store killed at random moments', () => {
  it('never leaves a corrupt file and never loses an acknowledged change (30 kills)', async () => {
    const rounds: KillRound[] = [];
    const result = await runKillTest({
      kills: 30,
      dataDir: await tempFolder(),
      seed: 5,
      killAfterMs: [50, 2_500],
      clockFrom: 'ready', // a busy machine's slow start must not leave rounds with nothing to lose
      onRound: (r) => rounds.push(r),
    });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ kills: 30, corruptFiles: 0, lostChanges: 0, wrongContent: 0, badSnapshots: 0 });
    // The test must have had something to lose: changes old enough at the kill to be required.
    expect(result.verifiedChanges).toBeGreaterThan(100);
    expect(rounds.filter((r) => r.fileRevision !== null && r.fileRevision > 0)).toHaveLength(30);
  }, 600_000); // 30 child starts under tsx: about 45 s on a quiet machine, several minutes on a busy one
});
