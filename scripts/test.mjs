// `npm test`: everything that proves Roundtable works, in one command. Type checks and
// lint gate the run; then the unit and service tests (vitest) and the browser tests
// (Playwright in Chromium against browser mode). Ends with one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = path.join(root, '.test-reports'); // not test-results/: Playwright empties that at its start
mkdirSync(reports, { recursive: true });

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf-8'));
  } catch {
    return null;
  }
}

let gatesPassed =
  step('Type check: shared/ without DOM or Node types', bin('tsc'), ['-p', 'tsconfig.shared.json']) &&
  step('Type check: everything', bin('tsc'), ['-p', 'tsconfig.json']);
gatesPassed = step('Lint (layers included)', bin('eslint'), ['.']) && gatesPassed;
gatesPassed =
  step('Formatting (Prettier; `npm run format` fixes it)', bin('prettier'), ['--check', '--log-level', 'warn', '.']) &&
  gatesPassed;
ensureChromium();
buildIfNeeded();

const unitReport = path.join(reports, 'vitest.json');
step('Unit and service tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitReport}`,
]);
const e2eReport = path.join(reports, 'playwright.json');
step('Browser tests (Playwright, Chromium, browser mode)', bin('playwright'), ['test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
});

const unit = readJson(unitReport);
const e2e = readJson(e2eReport);
let passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
let failed = (unit ? unit.numFailedTests : 1) + (e2e ? (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0) : 1);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);
if (!gatesPassed) failed += 1;
if (!unit) console.error('The unit tests did not report (see above).');
if (!e2e) console.error('The browser tests did not report (see above).');
if (!gatesPassed) console.error('Type check, lint or formatting failed (see above); counted as one failure.');
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
