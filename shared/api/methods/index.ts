import { DIAGNOSTICS_METHODS } from './diagnostics';
import { EXCHANGE_METHODS } from './exchange';
import { HISTORY_METHODS } from './history';
import { ROOM_METHODS } from './room';
import { SESSION_METHODS } from './sessions';
import { SYNTHESIS_METHODS } from './synthesis';
import { TEMPLATE_METHODS } from './templates';
import { WORKBENCH_METHODS } from './workbench';

/**
 * Every method of the API, by area: the one place a method is defined (its arguments' schema
 * and its result's). A new method is one entry in its area's file and one handler in the
 * services' area folder (electron/services/<area>/); nothing else lists methods.
 */
export const API = {
  ...DIAGNOSTICS_METHODS,
  ...SESSION_METHODS,
  ...TEMPLATE_METHODS,
  ...HISTORY_METHODS,
  ...EXCHANGE_METHODS,
  ...SYNTHESIS_METHODS,
  ...ROOM_METHODS,
  ...WORKBENCH_METHODS,
};

export type ApiDefinitions = typeof API;
export type ApiMethod = keyof ApiDefinitions;

/** The names of every method, in the order above. */
export const API_METHODS = Object.keys(API) as ApiMethod[];

/** The methods of one area, as its file defines them (for typing an area's handlers). */
export { DIAGNOSTICS_METHODS, EXCHANGE_METHODS, HISTORY_METHODS, ROOM_METHODS, SESSION_METHODS };
export { SYNTHESIS_METHODS, TEMPLATE_METHODS, WORKBENCH_METHODS };
