import { z } from 'zod';

/**
 * One API method, written once: the schema its arguments must pass (a tuple, one entry per
 * argument, checked by the dispatcher on every call whatever carries it) and the schema of what
 * it resolves with. The interface the renderer calls, the handlers the services implement, the
 * list of methods and the preload's surface are all derived from these (see contract.ts).
 */
export interface MethodDefinition<Args extends z.ZodTuple = z.ZodTuple, Result extends z.ZodType = z.ZodType> {
  args: Args;
  result: Result;
  /**
   * The call carries a whole file's text as one string: its own parser checks that text in full
   * (with messages that name the file), so only the message size bounds it here.
   */
  carriesFileText?: true;
}

/** Defines one method; `satisfies` would do, but this keeps each definition's own types. */
export function method<Args extends z.ZodTuple, Result extends z.ZodType>(
  definition: MethodDefinition<Args, Result>,
): MethodDefinition<Args, Result> {
  return definition;
}

/**
 * The result schema of a value the services build themselves from checked data (a session, a
 * synthesis): it carries the type to both ends, and is not parsed again on the way back.
 */
export function returns<T>(): z.ZodType<T> {
  return z.custom<T>(() => true);
}

/** A method that resolves with nothing. */
export const nothing = z.void();
