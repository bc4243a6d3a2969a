import { fail, ok, type Result } from '../result';
import { auditEntry } from './audit';
import {
  applyProjectOperation,
  describeProjectOperation,
  ReviewOperationSchema,
  type ReviewOperation,
} from './registry';
import type { AuditNames } from './definition';
import { HISTORY_LIMIT, type HistoryStep, type SynthesisProject } from './schema';

/** When a decision is made and by whom: the clock's time and the analyst's name as typed. */
export interface DecisionContext {
  at: string;
  by?: string;
  /** What the audit log calls a table group (by default its id). */
  names?: AuditNames;
}

const byOf = (project: SynthesisProject, ctx: DecisionContext) => ctx.by ?? project.analyst;
const capped = (steps: HistoryStep[]) =>
  steps.length > HISTORY_LIMIT ? steps.slice(steps.length - HISTORY_LIMIT) : steps;

/**
 * Makes one review decision: the project with it applied, its undo step kept (redo cleared)
 * and the decision logged. A decision that does not apply changes nothing and says why.
 */
export function decide(project: SynthesisProject, op: ReviewOperation, ctx: DecisionContext): Result<SynthesisProject> {
  const checked = ReviewOperationSchema.safeParse(op);
  if (!checked.success)
    return fail(
      'invalid-input',
      `That review decision is not valid: ${checked.error.issues.map((i) => i.message).join('; ')}.`,
    );
  const applied = applyProjectOperation(project, checked.data, ctx.names);
  if (!applied.ok) return applied;
  const step: HistoryStep = { label: describeProjectOperation(op), op: checked.data, inverse: applied.value.inverse };
  return ok({
    ...applied.value.project,
    updatedAt: ctx.at,
    undo: capped([...project.undo, step]),
    redo: [],
    audit: [...project.audit, auditEntry(ctx.at, byOf(project, ctx), op.name, applied.value.summary)],
  });
}

/** Undoes the last decision, logged as an undo; the undone step can be redone. */
export function undo(project: SynthesisProject, ctx: DecisionContext): Result<SynthesisProject> {
  return replay(project, ctx, 'undo');
}

/** Makes the last undone decision again, logged as a redo. */
export function redo(project: SynthesisProject, ctx: DecisionContext): Result<SynthesisProject> {
  return replay(project, ctx, 'redo');
}

function replay(project: SynthesisProject, ctx: DecisionContext, kind: 'undo' | 'redo'): Result<SynthesisProject> {
  const from = kind === 'undo' ? project.undo : project.redo;
  const step = from.at(-1);
  if (!step) return fail('conflict', kind === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
  const applied = applyProjectOperation(project, step.inverse, ctx.names);
  if (!applied.ok)
    return fail(
      applied.error.code,
      `“${step.label}” could not be ${kind === 'undo' ? 'undone' : 'redone'}: ${applied.error.message}`,
    );
  // What undoes this replay: the step's own operation again, worked out as restoreThemes from now.
  const back: HistoryStep = { label: step.label, op: step.inverse, inverse: applied.value.inverse };
  const rest = from.slice(0, -1);
  const summary = `${kind === 'undo' ? 'Undid' : 'Redid'} “${step.label}”: ${applied.value.summary}`;
  return ok({
    ...applied.value.project,
    updatedAt: ctx.at,
    undo: kind === 'undo' ? rest : capped([...project.undo, back]),
    redo: kind === 'undo' ? capped([...project.redo, back]) : rest,
    audit: [...project.audit, auditEntry(ctx.at, byOf(project, ctx), kind, summary)],
  });
}

/** Sets the analyst's name, logged: every later decision is logged under it. */
export function setAnalyst(project: SynthesisProject, name: string, at: string): Result<SynthesisProject> {
  const analyst = name.trim();
  if (analyst.length > 200)
    return fail('invalid-input', 'The analyst’s name is longer than 200 characters; shorten it.');
  return ok({
    ...project,
    analyst,
    updatedAt: at,
    audit: [...project.audit, auditEntry(at, analyst, 'setAnalyst', `Analyst’s name set to "${analyst}"`)],
  });
}

/** Labels for the workspace's Undo and Redo buttons, or null when there is nothing to do. */
export function historyLabels(project: SynthesisProject): { undo: string | null; redo: string | null } {
  return { undo: project.undo.at(-1)?.label ?? null, redo: project.redo.at(-1)?.label ?? null };
}
