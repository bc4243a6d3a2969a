import type { SessionExport } from '../../../shared/export/schema';
import type { SynthesisBuilder } from '../../../shared/synthesis/builder';
import type { AuditNames } from '../../../shared/synthesisProject/definition';

/** The audit log's names for a project's table groups: headline, table and event, as the exports read say (personal details withheld). */
export function auditNames(builder: SynthesisBuilder): AuditNames {
  return {
    group(groupId) {
      const note = builder.noteRows().find((n) => n.groupId === groupId);
      return note ? `"${note.group || 'Untitled group'}" (${note.table}, ${note.eventName})` : undefined;
    },
  };
}

/** Where a project keeps its copy of an export: named by the export's content hash, relative to the projects' folder. */
export function sourceCopyName(id: string, data: SessionExport): string {
  const safe = data.contentHash.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 120);
  return `${id}.sources/${safe}.roundtable-export.json`;
}
