// The report's page for printing to PDF, kept apart from Electron so it can be tested in Node:
// where it is served (the app's own scheme, from memory: no file is ever written), its
// Content Security Policy, which requests its window may make, and the window's settings.
import { APP_ORIGIN, appRequestPath } from './appAddress';

export const REPORT_PATH = '/report.html';
export const REPORT_URL = `${APP_ORIGIN}${REPORT_PATH}`;

/**
 * The report is self-contained HTML with one inline style sheet and no script: nothing
 * else may load or run, not even an image from elsewhere or a form.
 */
export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ReportResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The answer to a request in the report's window: the report itself at REPORT_URL, nothing anywhere else. */
export function reportResponse(html: string, url: string): ReportResponse {
  if (appRequestPath(url) !== REPORT_PATH)
    return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  return {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': REPORT_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
    body: html,
  };
}

/** Whether the report's window may make a request at all: only for the report page itself. */
export function isReportRequestAllowed(url: string): boolean {
  return appRequestPath(url) === REPORT_PATH;
}

/**
 * The hidden window that prints the report: the main window's lockdown (sandbox, isolation,
 * no Node, web security, no webview, no spellchecker), and JavaScript off as well. `session`
 * is the report's own in-memory session, so nothing of the app's is shared with it.
 */
export function reportWindowOptions<S>(session: S) {
  return {
    show: false,
    webPreferences: {
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      javascript: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  } as const;
}
