import { dialogsOf } from '../dialogs/dialogRegistry';
import { buildCustomTemplate } from '../../../shared/templates/custom';
import { templateFromExercise } from '../../../shared/templates/fromExercise';
import { announce } from '../a11y/announcer';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import type { TemplateDialog } from './templateDialogs';
import { tabDomId } from '../ui/domIds';
import { CustomExerciseDialog } from './CustomExerciseDialog';
import { SaveTemplateDialog } from './SaveTemplateDialog';

const today = () => new Date().toISOString().slice(0, 10);

/** Carries out "New custom exercise" and "Save exercise as template". */
export function TemplateDialogHost({ dialog, onClose }: { dialog: TemplateDialog; onClose(): void }) {
  const workbench = useWorkbench();
  const session = useWorkbenchState((s) => s.openSessions.get(dialog.sessionId)) ?? null;
  const sessionName = session?.getView().doc.event.name ?? 'this session';

  if (dialog.kind === 'customExercise') {
    return (
      <CustomExerciseDialog
        sessionName={sessionName}
        onClose={onClose}
        onCreate={async (input, saveAsTemplate) => {
          const taken = new Set((await workbench.api.listTemplates()).map((t) => t.id));
          const template = buildCustomTemplate(input, taken, today());
          // Saved first: if saving fails, the dialog says so and nothing has changed yet.
          if (saveAsTemplate) await workbench.api.saveTemplate(template);
          const boardId = await workbench.addExercise(dialog.sessionId, template);
          onClose();
          if (boardId) requestAnimationFrame(() => document.getElementById(tabDomId(boardId))?.focus());
          announce(
            `${template.title} added; its board is open.${saveAsTemplate ? ' It is saved under Your templates for later events.' : ''}`,
          );
        }}
      />
    );
  }

  const exercise = session?.getView().doc.exercises[dialog.exerciseId];
  if (!session || !exercise) return null;
  return (
    <SaveTemplateDialog
      exerciseTitle={exercise.title}
      onClose={onClose}
      onSave={async (name) => {
        const library = await workbench.api.listTemplates();
        const template = templateFromExercise(session.getView().doc, dialog.exerciseId, name, library, today());
        await workbench.api.saveTemplate(template);
        onClose();
        announce(`Saved as the template “${template.title}”. Add exercise lists it under Your templates.`);
      }}
    />
  );
}

/** The template dialogs, as the workbench shows them. */
export const TEMPLATE_DIALOGS = dialogsOf(['customExercise', 'saveTemplate'], TemplateDialogHost);
