import type { AreaHandlers } from '../../../shared/api/contract';
import type { SynthesisWorkspace } from './synthesisService';

/** Prints the event pack's report (self-contained HTML) to an A4 PDF, as base64: the desktop app's printer. */
export type PdfPrinter = (html: string) => Promise<string>;

/** The synthesis area of the API: the workspace, its merged files, and the report as a PDF where a printer is given. */
export function synthesisHandlers(
  workspace: SynthesisWorkspace,
  options: { appVersion: string; now: () => Date; printPdf?: PdfPrinter },
) {
  return {
    addSynthesisFiles: async (_ctx, files) => workspace.addFiles(files),
    getSynthesis: async (_ctx, choice) => workspace.view(choice?.releasedPii),
    clearSynthesis: async () => workspace.clear(),
    exportSynthesis: () =>
      workspace.files({ generatedAt: options.now().toISOString(), appVersion: options.appVersion }),
    // Without a printer (browser mode) the window prints the HTML from the browser instead.
    reportToPdf: async (_ctx, html) => (options.printPdf ? options.printPdf(html) : null),
  } satisfies AreaHandlers<'addSynthesisFiles' | 'getSynthesis' | 'clearSynthesis' | 'exportSynthesis' | 'reportToPdf'>;
}
