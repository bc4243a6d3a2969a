import type { CallContext, LibraryTemplate } from '../../../shared/api/contract';
import { summariseSession, type SessionSummary } from '../../../shared/document/create';
import type { SessionDocument } from '../../../shared/document/schema';
import { LIMITS } from '../../../shared/document/limits';
import { newId, type SessionId } from '../../../shared/ids';
import { tableMergeOf, type TableMerge } from '../../../shared/import/tableMerge';
import { sessionFromExport } from '../../../shared/import/toSession';
import { ApiError } from '../../../shared/result';
import { checkedExportText } from './exportFileCheck';

/** What the import needs from the session services, and no more. */
export interface ImportHost {
  listTemplates(): Promise<LibraryTemplate[]>;
  listSessions(): Promise<SessionSummary[]>;
  openSession(ctx: CallContext, id: SessionId): Promise<SessionDocument>;
  addSessionDocument(doc: SessionDocument): Promise<void>;
}

/**
 * Imports from files that came from elsewhere: a whole session's export becomes a new
 * session; a table's export is merged into an open one. The file is checked in full (limits,
 * schema, references, content hash) before anything is written, so a bad file changes nothing.
 * A table's merge comes back as one `addTable` operation for the window to apply.
 */
export class ImportService {
  constructor(
    private readonly host: ImportHost,
    private readonly now: () => Date,
  ) {}

  private async templateLookup() {
    const templates = new Map((await this.host.listTemplates()).map((t) => [t.id, t]));
    return (id: string) => templates.get(id);
  }

  async importSessionExport(fileName: string, text: string): Promise<SessionSummary> {
    const data = checkedExportText(text, fileName);
    if (!data.ok) throw new ApiError(data.error);
    if (data.value.scope?.kind === 'table') {
      throw new ApiError({
        code: 'invalid-input',
        message: `"${fileName}" is one table's export. Open the session it belongs to and use Import a table into this session instead.`,
      });
    }
    const built = sessionFromExport(data.value, await this.templateLookup());
    if (!built.ok) throw new ApiError(built.error);
    let doc = built.value;
    const existing = (await this.host.listSessions()).find((s) => s.id === doc.id);
    if (existing) {
      if (existing.updatedAt === doc.updatedAt) {
        throw new ApiError({
          code: 'conflict',
          message: `"${fileName}" is already in your sessions as “${existing.eventName}”, in the same state. Nothing was added.`,
        });
      }
      // The same session in another state: kept beside the user's own, never over it.
      const suffix = ` (imported ${this.now().toISOString().slice(0, 10)})`;
      doc = {
        ...doc,
        id: newId('session'),
        event: { ...doc.event, name: doc.event.name.slice(0, LIMITS.label - suffix.length) + suffix },
      };
    }
    await this.host.addSessionDocument(doc);
    return summariseSession(doc);
  }

  /** The merge as one operation, checked against the session as it is now; the window applies it, so Undo takes it back. */
  async planTableMerge(ctx: CallContext, sessionId: SessionId, fileName: string, text: string): Promise<TableMerge> {
    const data = checkedExportText(text, fileName);
    if (!data.ok) throw new ApiError(data.error);
    const doc = await this.host.openSession(ctx, sessionId);
    const merge = tableMergeOf(doc, data.value, fileName, await this.templateLookup());
    if (!merge.ok) throw new ApiError(merge.error);
    return merge.value;
  }
}
