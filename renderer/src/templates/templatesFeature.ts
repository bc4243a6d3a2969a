import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Custom exercises and exercises saved as templates. */
export const templatesFeature: Feature = {
  id: 'templates',
  commands: () => import('./templateCommands').then((m) => m.templateCommands),
  dialogs: lazyDialogsOf(['customExercise', 'saveTemplate'], () =>
    import('./TemplateDialogHost').then((m) => m.TEMPLATE_DIALOGS),
  ),
};
