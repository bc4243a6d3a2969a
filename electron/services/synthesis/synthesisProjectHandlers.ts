import type { AreaHandlers } from '../../../shared/api/contract';
import type { SYNTHESIS_METHODS } from '../../../shared/api/methods';
import { synthesisFiles } from '../../../shared/synthesis/files';
import type { SynthesisProjectStore } from './synthesisProjectStore';
import { synthesisWorkbook } from './synthesisWorkbook';
import { codedNotesParquetFiles } from './codedNotesParquet';

type ProjectMethods =
  | 'createSynthesisProject'
  | 'listSynthesisProjects'
  | 'openSynthesisProject'
  | 'addSynthesisProjectFiles'
  | 'applySynthesisReview'
  | 'undoSynthesisReview'
  | 'redoSynthesisReview'
  | 'setSynthesisAnalyst'
  | 'exportSynthesisAuditLog'
  | 'exportSynthesisProject';

/** The synthesis projects' part of the API: made, listed, opened, given exports, reviewed, exported. */
export function synthesisProjectHandlers(
  projects: SynthesisProjectStore,
  options: { appVersion: string; now: () => Date },
) {
  return {
    createSynthesisProject: (_ctx, about, files) => projects.create(about.name, files, about.analyst),
    listSynthesisProjects: () => projects.list(),
    openSynthesisProject: (_ctx, id) => projects.openProject(id),
    addSynthesisProjectFiles: (_ctx, id, files) => projects.addFiles(id, files),
    applySynthesisReview: (_ctx, id, op) => projects.decide(id, op),
    undoSynthesisReview: (_ctx, id) => projects.undo(id),
    redoSynthesisReview: (_ctx, id) => projects.redo(id),
    setSynthesisAnalyst: (_ctx, id, name) => projects.setAnalyst(id, name),
    exportSynthesisAuditLog: (_ctx, id) => projects.auditLog(id),
    exportSynthesisProject: async (_ctx, id) => {
      const { builder, project } = await projects.current(id);
      const generatedAt = options.now().toISOString();
      // The themes as reviewed: the report and files show the project's coding.
      const synthesis = builder.result({ coding: project.coding });
      const coding = builder.coding({ coding: project.coding });
      const files = { generatedAt, appVersion: options.appVersion };
      return [
        ...synthesisFiles(synthesis, builder.noteRows(), { ...files, coding }),
        await synthesisWorkbook(synthesis, builder.noteRows(), generatedAt, coding),
        ...codedNotesParquetFiles(synthesis, builder.noteRows(), coding, files),
        await projects.auditLog(id),
      ];
    },
  } satisfies AreaHandlers<ProjectMethods & keyof typeof SYNTHESIS_METHODS>;
}
