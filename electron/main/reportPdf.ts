import { randomUUID } from 'node:crypto';
import { BrowserWindow, session } from 'electron';
import { APP_SCHEME } from './appAddress';
import { hardenContents } from './security';
import { isReportRequestAllowed, REPORT_URL, reportResponse, reportWindowOptions } from './reportPage';

/**
 * The desktop app's part of the event pack: the printable report (self-contained HTML, no
 * script) printed to an A4 PDF by Chromium's own printToPDF. The HTML is served from memory
 * at app://roundtable/report.html in a hidden window of its own in-memory session, with the
 * report’s CSP, every permission denied and every other request cancelled: no local file and no
 * temp file, so nothing of the workshop is left on disk if the app dies while printing.
 * The pieces are tested in Node (reportPage.ts); this glue needs Electron, which cannot run
 * in this build environment. Browser mode prints the HTML from the browser.
 */
export async function reportToPdf(html: string): Promise<string> {
  const own = session.fromPartition(`roundtable-report-${randomUUID()}`); // Not a persistent partition: memory only.
  own.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  own.setPermissionCheckHandler(() => false);
  own.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isReportRequestAllowed(details.url) }));
  own.protocol.handle(APP_SCHEME, (request) => {
    const answer = reportResponse(html, request.url);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
  const window = new BrowserWindow(reportWindowOptions(own));
  hardenContents(window.webContents);
  try {
    await window.loadURL(REPORT_URL);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    return pdf.toString('base64');
  } finally {
    window.destroy();
    own.protocol.unhandle(APP_SCHEME);
  }
}
