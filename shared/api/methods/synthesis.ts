import { z } from 'zod';
import { EXPORT_FILE_LIMITS } from '../../import/parseExport';
import type { ExportFile } from '../../export/files';
import type { SynthesisFileOutcome, SynthesisView } from '../../synthesis/types';
import { ReviewOperationSchema } from '../../synthesisProject/registry';
import type { ProjectListing, ProjectOpened, ProjectReview } from '../../synthesisProject/view';
import { method, nothing, returns } from '../define';
import { importFileName, importText } from './exchange';

const exportFiles = z.array(z.strictObject({ name: importFileName, text: importText })).max(500);
const projectId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a synthesis project id');

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

  // A synthesis project: the exports, the coding of their notes and the analyst's review of it,
  // saved in the data folder (<data>/syntheses/<id>.roundtable-synthesis.json).
  /** Makes a project from a first batch of exports (more follow with addSynthesisProjectFiles); the machine codes every note. */
  createSynthesisProject: method({
    args: z.tuple([
      z.strictObject({ name: z.string().max(200), analyst: z.string().max(200).optional() }),
      exportFiles,
    ]),
    result: returns<ProjectOpened>(),
    carriesFileText: true,
  }),
  /** Every project in the data folder, newest change first; a file that cannot be read is listed with why. */
  listSynthesisProjects: method({ args: z.tuple([]), result: returns<ProjectListing[]>() }),
  /**
   * The synthesis of a project's exports with its themes as reviewed, and each file's outcome.
   * Given `releasedPii` (the personal-data findings reviewed and released, by id), it is made
   * again with exactly those released and the choice is saved in the project.
   */
  getSynthesisProjectView: method({
    args: z.tuple([
      projectId,
      z.strictObject({ releasedPii: z.array(z.string().min(1).max(2000)).max(10_000) }).optional(),
    ]),
    result: returns<SynthesisView>(),
  }),
  /** A project's new display name (logged in its audit log); its file, id and every decision stay. */
  renameSynthesisProject: method({
    args: z.tuple([projectId, z.string().trim().min(1, 'a project name').max(200)]),
    result: returns<ProjectReview>(),
  }),
  /** Moves a project's file (and its copies of the exports) into the data folder's deleted folder; the others stay. */
  deleteSynthesisProject: method({ args: z.tuple([projectId]), result: nothing }),
  /** A project with its synthesis and notes. */
  openSynthesisProject: method({ args: z.tuple([projectId]), result: returns<ProjectOpened>() }),
  /** More exports: their new notes join the reviewed themes (or new ones), every decision kept, the new notes marked unreviewed. */
  addSynthesisProjectFiles: method({
    args: z.tuple([projectId, exportFiles.min(1)]),
    result: returns<ProjectOpened>(),
    carriesFileText: true,
  }),
  /** One review decision (mergeThemes, splitTheme, renameTheme, defineTheme, setSubPoints, moveNotes, moveGroup, pickQuote, setApproved), logged under the analyst's name. */
  applySynthesisReview: method({ args: z.tuple([projectId, ReviewOperationSchema]), result: returns<ProjectReview>() }),
  /** Undoes the last decision (logged). */
  undoSynthesisReview: method({ args: z.tuple([projectId]), result: returns<ProjectReview>() }),
  /** Makes the last undone decision again (logged). */
  redoSynthesisReview: method({ args: z.tuple([projectId]), result: returns<ProjectReview>() }),
  /** The name every later decision is logged under, as typed in the workspace. */
  setSynthesisAnalyst: method({ args: z.tuple([projectId, z.string().max(200)]), result: returns<ProjectReview>() }),
  /** The whole audit log as CSV: when, by, action, decision. */
  exportSynthesisAuditLog: method({ args: z.tuple([projectId]), result: returns<ExportFile>() }),
  /** The project's outputs: the synthesis files (JSON, CSVs, report, workbook) and the audit log. */
  exportSynthesisProject: method({ args: z.tuple([projectId]), result: returns<ExportFile[]>() }),
};
