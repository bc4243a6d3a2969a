import type { Coding } from '../synthesis/coding';
import type { MergedNote, SynthesisFileOutcome, SynthesisView } from '../synthesis/types';
import { historyLabels } from './history';
import { reviewProgress, type ReviewProgress } from './progress';
import { REVIEW_OPERATION_NAMES } from './registry';
import type { AuditEntry, ProjectSource, SynthesisProject } from './schema';

/** The audit entries the workspace is sent (the newest); the whole log is exported as CSV. */
export const AUDIT_TAIL = 200;

/** A project's review as the workspace shows it: what every decision returns. */
export interface ProjectReview {
  id: string;
  name: string;
  analyst: string;
  createdAt: string;
  updatedAt: string;
  sources: ProjectSource[];
  coding: Coding;
  /** Notes added with later exports, not yet reviewed (shown as new). */
  unreviewed: string[];
  nextThemeNumber: number;
  progress: ReviewProgress;
  /** The Undo and Redo buttons' labels, or null when there is nothing to undo or redo. */
  history: { undo: string | null; redo: string | null };
  /** The newest decisions, oldest first; `auditEntries` counts them all. */
  audit: AuditEntry[];
  auditEntries: number;
}

/** A project opened (or made, or given more exports): its review, its synthesis and its notes. */
export interface ProjectOpened {
  review: ProjectReview;
  /** The synthesis of the project's exports, and each file's outcome (a source that could not be read again says why). */
  view: SynthesisView;
  /** Every participant note, by record id (`noteId`), with its event, table, zone and table group: for the trace. */
  notes: readonly MergedNote[];
  /** What became of the files just given (create and add), in order; empty on open. */
  added: SynthesisFileOutcome[];
}

/** One project in the list: its summary, or why its file cannot be read (the file is left as it is). */
export type ProjectListing =
  | { id: string; ok: true; name: string; updatedAt: string; sources: number; progress: string; analyst: string }
  | { id: string; ok: false; problem: string };

export function reviewOf(project: SynthesisProject): ProjectReview {
  return {
    id: project.id,
    name: project.name,
    analyst: project.analyst,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    sources: project.sources,
    coding: project.coding,
    unreviewed: project.unreviewed,
    nextThemeNumber: project.nextThemeNumber,
    progress: reviewProgress(project.coding, project.unreviewed),
    history: historyLabels(project),
    audit: project.audit.slice(-AUDIT_TAIL),
    auditEntries: project.audit.length,
  };
}

const DECISIONS = new Set<string>([...REVIEW_OPERATION_NAMES, 'undo', 'redo']);

/** Whether anyone has made a review decision in the project yet (undo and redo count). */
export function hasDecisions(project: SynthesisProject): boolean {
  return project.audit.some((e) => DECISIONS.has(e.action));
}
