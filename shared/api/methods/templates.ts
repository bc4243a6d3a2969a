import { z } from 'zod';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../../templates/schema';
import { method, nothing, returns } from '../define';

/** A template as the library lists it: shipped with the app, or the user's own (saved with `saveTemplate`). */
export type LibraryTemplate = ExerciseTemplate & { origin: 'shipped' | 'own' };

/** The exercise templates: the shipped decks and the user's own. */
export const TEMPLATE_METHODS = {
  /** The shipped templates in the decks' order, then the user's own. */
  listTemplates: method({ args: z.tuple([]), result: returns<LibraryTemplate[]>() }),
  /** Saves one of the user's own templates (id `custom.…`) in the data folder for later events; a shipped id is refused. */
  saveTemplate: method({ args: z.tuple([ExerciseTemplateSchema]), result: returns<LibraryTemplate>() }),
  /** Deletes one of the user's own templates (moved aside, never erased); a shipped one cannot be deleted. */
  deleteTemplate: method({ args: z.tuple([z.string().min(1).max(80)]), result: nothing }),
};
