import type { AreaHandlers } from '../../../shared/api/contract';
import type { SYNTHESIS_METHODS } from '../../../shared/api/methods';
import type { SynthesisProjectStore } from './synthesisProjectStore';
import { allSynthesisFiles } from '../../synthesis/synthesiseFiles';

type ProjectMethods =
  | 'createSynthesisProject'
  | 'listSynthesisProjects'
  | 'renameSynthesisProject'
  | 'deleteSynthesisProject'
  | 'openSynthesisProject'
  | 'getSynthesisProjectView'
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
    renameSynthesisProject: (_ctx, id, name) => projects.rename(id, name),
    deleteSynthesisProject: (_ctx, id) => projects.delete(id),
    openSynthesisProject: (_ctx, id) => projects.openProject(id),
    getSynthesisProjectView: (_ctx, id, choice) => projects.view(id, choice?.releasedPii),
    addSynthesisProjectFiles: (_ctx, id, files) => projects.addFiles(id, files),
    applySynthesisReview: (_ctx, id, op) => projects.decide(id, op),
    undoSynthesisReview: (_ctx, id) => projects.undo(id),
    redoSynthesisReview: (_ctx, id) => projects.redo(id),
    setSynthesisAnalyst: (_ctx, id, name) => projects.setAnalyst(id, name),
    exportSynthesisAuditLog: (_ctx, id) => projects.auditLog(id),
    exportSynthesisProject: async (_ctx, id) => {
      const { builder, project } = await projects.current(id);
      // The themes as reviewed: the report, the codebook, coded notes and cross-tabs come from the project's coding.
      const files = await allSynthesisFiles(builder, {
        generatedAt: options.now().toISOString(),
        appVersion: options.appVersion,
        coding: project.coding,
      });
      return [...files, await projects.auditLog(id)];
    },
  } satisfies AreaHandlers<ProjectMethods & keyof typeof SYNTHESIS_METHODS>;
}
