import type { AreaHandlers } from '../../../shared/api/contract';
import type { TEMPLATE_METHODS } from '../../../shared/api/methods';
import type { UserTemplates } from './userTemplates';

/** The templates area of the API: the shipped decks and the user's own. */
export function templateHandlers(library: UserTemplates) {
  return {
    listTemplates: async () => library.list(),
    saveTemplate: (_ctx, template) => library.save(template),
    deleteTemplate: (_ctx, id) => library.delete(id),
  } satisfies AreaHandlers<keyof typeof TEMPLATE_METHODS>;
}
