/** One error the services met recently, kept for Help > Copy diagnostics. */
export interface RecordedError {
  at: string;
  /** What was being done: an API method (`openSession`), `autosave`, `startup`, `open file`. */
  where: string;
  code: string;
  /** The message with every quoted name taken out (see withoutContent). */
  message: string;
}

/**
 * What Help > Copy diagnostics copies for whoever supports a facilitator: versions, where
 * the data lives and recent errors. Never what a session holds: no names, notes or votes.
 */
export interface Diagnostics {
  version: string;
  mode: 'desktop' | 'browser';
  schemaVersion: number;
  dataDir: string;
  /** Runtime versions and the operating system, e.g. `{ electron: '45.4.1', os: 'linux 6.1 x64' }`. */
  runtime: Record<string, string>;
  templateCount: number;
  recentErrors: RecordedError[];
}

/** The longest message kept for one error. */
export const RECORDED_MESSAGE_LENGTH = 300;

// Messages name sessions and notes in quotes (“Leeds event”, "Lone working"); the quotes go
// with what is in them, so that no session content reaches a support email.
const QUOTED = /“[^”]*”|‘[^’]*’|"[^"]*"|«[^»]*»/g;

/** An error message with every quoted passage replaced by “…”, cut to a sane length. */
export function withoutContent(message: string): string {
  const cleaned = message.replace(QUOTED, '“…”').replace(/\s+/g, ' ').trim();
  return cleaned.length > RECORDED_MESSAGE_LENGTH ? `${cleaned.slice(0, RECORDED_MESSAGE_LENGTH - 1)}…` : cleaned;
}

/** The diagnostics as plain text, the way they are pasted into an email or a ticket. */
export function formatDiagnostics(d: Diagnostics): string {
  const lines = [
    'Roundtable diagnostics',
    `Version: ${d.version} (${d.mode === 'desktop' ? 'desktop app' : 'browser mode'})`,
    `Session format (schema version): ${d.schemaVersion}`,
    `Data folder: ${d.dataDir}`,
    `Exercise templates loaded: ${d.templateCount}`,
    ...Object.entries(d.runtime).map(([name, version]) => `${name}: ${version}`),
    '',
    d.recentErrors.length === 0 ? 'Recent errors: none' : `Recent errors (${d.recentErrors.length}, newest last):`,
    ...d.recentErrors.map((e) => `${e.at}  ${e.where}  [${e.code}]  ${e.message}`),
  ];
  return `${lines.join('\n')}\n`;
}
