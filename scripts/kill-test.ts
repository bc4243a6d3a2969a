// The kill test, by hand: kills the real store many times at random moments and checks that
// nothing acknowledged more than a second before each kill was lost or damaged.
// Usage: npx tsx scripts/kill-test.ts [--kills 1000] [--seed N] [--max-delay-ms 2500]
// CI runs a short version of it (tests/electron/killTest.test.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runKillTest } from './kill-test/killTest';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    'max-delay-ms': { type: 'string', default: '2500' },
    keep: { type: 'boolean', default: false },
  },
});
const kills = Number(values.kills);
const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-kill-'));
const started = Date.now();
console.log(`Kill test: ${kills} kills, seed ${seed}, data folder ${dataDir}`);

const result = await runKillTest({
  kills,
  dataDir,
  seed,
  killAfterMs: [50, Number(values['max-delay-ms'])],
  onRound(round) {
    if (round.problem) console.log(`  round ${round.round}: ${round.problem}`);
    else if (round.round % 50 === 0) console.log(`  ${round.round} kills, file at revision ${round.fileRevision}`);
  },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\n${result.kills} kills in ${minutes} min (${result.killsBeforeReady} of them before the store was ready)`,
);
console.log(`corrupt files: ${result.corruptFiles}`);
console.log(`lost acknowledged changes: ${result.lostChanges}`);
console.log(`files not matching any state: ${result.wrongContent}`);
console.log(`bad snapshots: ${result.badSnapshots}`);
console.log(
  `changes acknowledged: ${result.acknowledgedChanges}; acknowledged over ${1}s before a kill and verified on disk: ${result.verifiedChanges}`,
);
for (const problem of result.problems.slice(0, 20)) console.log(`  ${problem}`);
if (!values.keep) await rm(dataDir, { recursive: true, force: true });
process.exit(result.corruptFiles + result.lostChanges + result.wrongContent + result.badSnapshots === 0 ? 0 : 1);
