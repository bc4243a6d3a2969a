import type { ExerciseId, SessionId } from '../../../shared/ids';

/** The template dialogs (see templates/TemplateDialogHost.tsx), the dialog kinds they declare. */
export type TemplateDialog =
  /** A facilitator's own exercise: title, prompt, zones, layout, voting; optionally saved as a template. */
  | { kind: 'customExercise'; sessionId: SessionId }
  /** An exercise of a session saved as a template for later events, under a name. */
  | { kind: 'saveTemplate'; sessionId: SessionId; exerciseId: ExerciseId };

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    customExercise: Extract<TemplateDialog, { kind: 'customExercise' }>;
    saveTemplate: Extract<TemplateDialog, { kind: 'saveTemplate' }>;
  }
}
