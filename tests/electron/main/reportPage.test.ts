import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isReportRequestAllowed,
  REPORT_CONTENT_SECURITY_POLICY,
  REPORT_URL,
  reportResponse,
  reportWindowOptions,
} from '../../../electron/main/reportPage';

// The desktop app prints the report to PDF in a hidden window. Electron cannot run here, so
// what decides its safety is tested in Node: the page is served from memory at the app's own
// address with a CSP that lets nothing load or run, no other request is allowed, the window
// is locked down like the main one, and the printing module writes no file.

describe('the report printed to PDF', () => {
  it('is served at app://roundtable/report.html, from memory, with its CSP', () => {
    expect(REPORT_URL).toBe('app://roundtable/report.html');
    const answer = reportResponse('<!doctype html><title>Report</title>', REPORT_URL);
    expect(answer).toEqual({
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': REPORT_CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
      body: '<!doctype html><title>Report</title>',
    });
    expect(REPORT_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/);
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|file:|\*/);
  });

  it('answers nothing else, and its window may request nothing else', () => {
    for (const url of [
      'app://roundtable/index.html',
      'app://roundtable/report.html/../index.html',
      'app://x/report.html',
      'file:///tmp/roundtable-report.html',
      'http://127.0.0.1/report.html',
      'https://example.org/logo.png',
      'data:text/html,<script>1</script>',
    ]) {
      expect(reportResponse('secret', url).status, url).toBe(404);
      expect(reportResponse('secret', url).body, url).not.toContain('secret');
      expect(isReportRequestAllowed(url), url).toBe(false);
    }
    expect(isReportRequestAllowed(REPORT_URL)).toBe(true);
  });

  it('prints in a hidden window locked down like the main one, with JavaScript off, in its own session', () => {
    const own = { name: 'the report’s own session' };
    expect(reportWindowOptions(own)).toEqual({
      show: false,
      webPreferences: {
        session: own,
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
    });
  });

  it('writes no file: the printing module uses no file system, temp folder or file:// address', async () => {
    const source = await readFile(
      path.join(import.meta.dirname, '..', '..', '..', 'electron', 'main', 'reportPdf.ts'),
      'utf-8',
    );
    expect(source).not.toMatch(/from 'node:(fs|fs\/promises|os|url)'/);
    expect(source).not.toMatch(/tmpdir|writeFile|pathToFileURL|file:\/\//);
    expect(source).toMatch(/session\.fromPartition\(`roundtable-report-/); // in memory: not a persistent partition
    expect(source).not.toContain('persist:');
    expect(source).toContain('setPermissionRequestHandler');
    expect(source).toContain('setPermissionCheckHandler');
  });
});
