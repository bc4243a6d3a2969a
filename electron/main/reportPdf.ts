import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { hardenContents } from './security';

/**
 * The desktop app's part of the event pack: the printable report (self-contained HTML, no
 * script) printed to an A4 PDF by Chromium's own printToPDF, in a hidden window of its own
 * session that may load that one file and nothing else, with JavaScript off. Untested in this
 * build environment (Electron cannot run here); browser mode prints the HTML from the browser.
 */
export async function reportToPdf(html: string): Promise<string> {
  const file = path.join(os.tmpdir(), `roundtable-report-${randomUUID()}.html`);
  await writeFile(file, html, 'utf8');
  const url = pathToFileURL(file).href;
  const own = session.fromPartition('roundtable-report-pdf');
  own.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: own,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenContents(window.webContents);
  try {
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    return pdf.toString('base64');
  } finally {
    window.destroy();
    await rm(file, { force: true });
  }
}
