import { SessionDocumentSchema, type SessionDocument } from '../document/schema';
import type { SessionExport } from '../export/schema';
import type { ExerciseTemplate } from '../templates/schema';
import { clashingId } from '../operations/boardRecordSets';
import { applyOperation, type Operation } from '../operations/registry';
import { OperationSchema } from '../operations/operationSchemas';
import { fail, ok, type Result } from '../result';
import { recordsFromExport } from './toSession';

// A table's export from another laptop, merged into the facilitator's session: the table and
// its boards are added as they are (ids kept) as one `addTable`, so one Undo takes the merge
// back. Each board joins this session's exercise from the same template; a second import of
// the same table, or any record whose id this session already has, is refused, so nothing is
// counted twice and no other table's record is ever replaced. The plan is checked as fully as
// a session import checks a whole session (every record against the session's own limits, and
// the session as it would be after the merge), so what is planned always applies.

/** What the merge adds, as one operation, and what to tell the facilitator. */
export interface TableMerge {
  operation: Operation;
  tableName: string;
  notes: number;
}

export function tableMergeOf(
  doc: SessionDocument,
  data: SessionExport,
  source: string,
  templateOf: (id: string) => ExerciseTemplate | undefined,
): Result<TableMerge> {
  if (data.tables.length !== 1) {
    return fail(
      'invalid-input',
      `"${source}" holds ${data.tables.length} tables. To merge, export one table from the other laptop (File › Export session…, then under “What to export” choose that table), or import the whole session with Import session export.`,
    );
  }
  const [table] = data.tables;
  if (table.id in doc.tables) {
    return fail(
      'conflict',
      `"${source}": ${table.name} is already in this session (it was imported before, or this session is where it was made), so nothing was added.`,
    );
  }
  const records = recordsFromExport(data, templateOf);
  const clash = clashingId(doc, {
    boards: Object.values(records.boards),
    zones: Object.values(records.zones),
    notes: Object.values(records.notes),
    clusters: Object.values(records.clusters),
    links: Object.values(records.links),
    votes: Object.values(records.votes),
  });
  if (clash)
    return fail(
      'conflict',
      `"${source}" holds a record this session already has (${clash}): it was imported before, or copied from this session, so nothing was added.`,
    );

  const local = Object.values(doc.exercises);
  const missingTitles: string[] = [];
  const exerciseFor = new Map<string, string>();
  for (const e of data.exercises) {
    const match = local.find((l) => l.templateId === e.templateId);
    if (match) exerciseFor.set(e.id, match.id);
    else missingTitles.push(`"${e.title}"`);
  }
  if (missingTitles.length > 0) {
    return fail(
      'invalid-input',
      `"${source}" has boards for ${missingTitles.join(', ')}, which this session does not run. Add ${missingTitles.length === 1 ? 'that exercise' : 'those exercises'} (Add exercise), then import the table again.`,
    );
  }
  const order = Math.max(-1, ...Object.values(doc.tables).map((t) => t.order)) + 1;
  const boards = Object.values(records.boards).map((b) => ({ ...b, exerciseId: exerciseFor.get(b.exerciseId)! }));
  const args = {
    table: { ...records.tables[table.id as keyof typeof records.tables], order },
    boards,
    zones: Object.values(records.zones),
    notes: Object.values(records.notes),
    clusters: Object.values(records.clusters),
    links: Object.values(records.links),
    votes: Object.values(records.votes),
  };
  const checked = OperationSchema.safeParse({ name: 'addTable', args });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail(
      'invalid-input',
      `"${source}" cannot be merged: ${issue.path.slice(1).join(' › ')}: ${issue.message}. Export the table again from Roundtable.`,
    );
  }
  const after = applyOperation(doc, checked.data, data.exportedAt);
  const whole = after.ok ? SessionDocumentSchema.safeParse(after.value) : null;
  const wrong = whole?.error?.issues[0];
  if (!after.ok || wrong) {
    const why = after.ok ? `${wrong!.path.join(' › ')}: ${wrong!.message}` : after.error.message;
    return fail(
      'invalid-input',
      `"${source}" cannot be merged into this session: ${why}. Export the table again from Roundtable.`,
    );
  }
  return ok({
    operation: checked.data,
    tableName: table.name,
    notes: data.notes.filter((n) => n.countsAsInput).length,
  });
}
