// The report page the desktop app prints to PDF, in real Chromium with the exact answer its
// hidden window gets (electron/main/reportPage.ts): the report shows and prints, while its
// CSP stops any script in it from running and anything from being fetched.
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { exportSessionDocument } from '../../electron/services/export/exportService';
import { REPORT_URL, reportResponse } from '../../electron/main/reportPage';
import type { SessionExport } from '../../shared/export/schema';
import { sessionReportHtml } from '../../shared/report/sessionReport';
import { exportFixtureSession, FIXTURE_EXPORT } from '../fixtures/exportSession';

test('the report prints from memory under its CSP: nothing runs, nothing is fetched', async ({ page }) => {
  const data = JSON.parse(
    exportSessionDocument(exportFixtureSession(), { ...FIXTURE_EXPORT, review: {} }).files[0].content,
  ) as SessionExport;
  // Whatever reaches the printer, even HTML that tries to run or fetch something.
  const html = sessionReportHtml(data).replace(
    '</body>',
    '<script>document.title = "ran"</script><img src="http://example.invalid/pixel.png" alt=""><link rel="stylesheet" href="http://example.invalid/x.css"></body>',
  );
  const requested: string[] = [];
  const blocked: string[] = [];
  page.on('console', (m) => /Content Security Policy/.test(m.text()) && blocked.push(m.text()));
  // Chromium cannot be given app:// here, so the same answer is served at a stand-in address.
  await page.route('**/*', (route) => {
    requested.push(route.request().url());
    const answer = reportResponse(html, route.request().url().replace('http://report.test/', 'app://roundtable/'));
    return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
  });
  await page.goto(`http://report.test/${REPORT_URL.slice('app://roundtable/'.length)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leeds listening event');
  expect(await page.title()).not.toBe('ran');
  expect(requested).toEqual(['http://report.test/report.html']);
  expect(blocked.length).toBeGreaterThan(0);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'roundtable-report-pdf-'));
  await writeFile(path.join(folder, 'report.pdf'), pdf);
  const text = spawnSync('pdftotext', [path.join(folder, 'report.pdf'), '-'], { encoding: 'utf-8' });
  expect(text.error, 'pdftotext (poppler-utils, installed by .ci/run) must be there').toBeUndefined();
  expect(text.stdout).toContain('Leeds listening event');
});
