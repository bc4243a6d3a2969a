import type { Feature } from '../feature';
import { templateCommands } from './templateCommands';
import { TEMPLATE_DIALOGS } from './TemplateDialogHost';

/** Custom exercises and exercises saved as templates. */
export const templatesFeature: Feature = { id: 'templates', commands: templateCommands, dialogs: TEMPLATE_DIALOGS };
