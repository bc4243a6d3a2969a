import type { Feature } from '../feature';
import { templateCommands } from './templateCommands';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Custom exercises and exercises saved as templates. */
export const templatesFeature: Feature = {
  id: 'templates',
  commands: templateCommands,
  dialogs: lazyDialogsOf(['customExercise', 'saveTemplate'], () =>
    import('./TemplateDialogHost').then((m) => m.TEMPLATE_DIALOGS),
  ),
};
