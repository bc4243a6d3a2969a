import { z } from 'zod';
import { EXPORT_FILE_LIMITS } from '../../import/parseExport';
import type { ExportFile } from '../../export/files';
import type { SynthesisFileOutcome, SynthesisView } from '../../synthesis/types';
import { method, nothing, returns } from '../define';
import { importFileName, importText } from './exchange';

/** The Synthesis workspace: many events' exports merged, and the event pack made from them. */
export const SYNTHESIS_METHODS = {
  /** Adds a batch of export files to the Synthesis workspace; each is checked as an import is, and its outcome returned. */
  addSynthesisFiles: method({
    // A batch is bounded by the message size (16 MB); the window sends about 8 MB at a time.
    args: z.tuple([
      z
        .array(z.strictObject({ name: importFileName, text: importText }))
        .min(1)
        .max(500),
    ]),
    result: returns<SynthesisFileOutcome[]>(),
    carriesFileText: true,
  }),
  /**
   * The synthesis of every file added so far, and each file's outcome. `releasedPii` names the
   * personal-data findings the organiser has reviewed and released (their ids); the synthesis is
   * made again with exactly those released, and every other finding withheld. Without it, the
   * choice made last stands.
   */
  getSynthesis: method({
    args: z.tuple([z.strictObject({ releasedPii: z.array(z.string().min(1).max(2000)).max(10_000) }).optional()]),
    result: returns<SynthesisView>(),
  }),
  /** Empties the Synthesis workspace. */
  clearSynthesis: method({ args: z.tuple([]), result: nothing }),
  /** The merged dataset: synthesis JSON, notes and counts CSVs, the report (HTML) and the workbook. */
  exportSynthesis: method({ args: z.tuple([]), result: returns<ExportFile[]>() }),
  /** The event pack's report printed to an A4 PDF (base64) by the desktop app; null in browser mode, where the HTML is printed from the browser. */
  reportToPdf: method({
    args: z.tuple([z.string().max(EXPORT_FILE_LIMITS.bytes)]),
    result: z.string().nullable(),
    carriesFileText: true,
  }),
};
