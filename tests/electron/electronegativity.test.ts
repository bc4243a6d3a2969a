// Electronegativity (Doyensec's Electron security linter) over electron/, with its findings
// gated: each one must be justified in electronegativity-allowlist.json beside this file,
// else the test fails. The tool exits 0 even with findings, so its SARIF output is read.
// It runs offline: the check that fetches Electron's release list is excluded (the
// Electron version is kept current through package.json instead), and a preload makes any
// other attempt to reach the network fail at once, without a packet leaving the machine.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/tempFolder';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const NO_NETWORK = path.join(import.meta.dirname, 'noNetwork.mjs');
const ALLOWLIST: { check: string; file: string; why: string }[] = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'electronegativity-allowlist.json'), 'utf-8'),
);

interface Finding {
  check: string;
  file: string;
  line: number;
  description: string;
}

interface Sarif {
  runs: {
    results: {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

/** The findings in the tool's SARIF output (its CSV output races its own header write, so SARIF it is). */
function findingsIn(sarif: Sarif): Finding[] {
  return sarif.runs[0].results.map((r) => ({
    check: r.ruleId,
    file: r.locations[0].physicalLocation.artifactLocation.uri,
    line: r.locations[0].physicalLocation.region.startLine,
    description: r.message.text,
  }));
}

describe('Electronegativity on electron/', () => {
  it('finds nothing that is not justified in the allowlist', async () => {
    const out = path.join(await tempFolder(), 'findings.sarif');
    const electronVersion = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf-8'),
    ).version;
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        NO_NETWORK,
        CLI,
        '-i',
        'electron',
        '-r',
        '-e',
        electronVersion,
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-o',
        out,
      ],
      { cwd: ROOT, encoding: 'utf-8', env: { ...process.env, LANG: 'en-US' } },
    );
    expect(run.status, run.stderr).toBe(0);
    const findings = findingsIn(JSON.parse(readFileSync(out, 'utf-8')));
    const unjustified = findings.filter((f) => !ALLOWLIST.some((a) => a.check === f.check && a.file === f.file));
    expect(unjustified, 'Fix these, or justify each in tests/electron/electronegativity-allowlist.json').toEqual([]);
    // An allowlist entry that no longer matches anything is stale: remove it so it cannot hide a new finding.
    const stale = ALLOWLIST.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));
    expect(stale).toEqual([]);
    console.log(
      `Electronegativity: ${findings.length} findings, all justified: ${findings.map((f) => f.check).join(', ')}`,
    );
  }, 120_000);
});
