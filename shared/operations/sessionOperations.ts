import { defineOperation, ok } from './definition';

/** Changes some of the event's details (name, date, location, facilitator, shift). */
export const updateEventDetails = defineOperation({ name: 'updateEventDetails', describe: 'Edit event details' }).as({
  apply(doc, { changes }) {
    return ok({ ...doc, event: { ...doc.event, ...changes } });
  },
  invert(before, { changes }) {
    const previous = Object.fromEntries(
      Object.keys(changes).map((k) => [k, before.event[k as keyof typeof before.event]]),
    );
    return { name: 'updateEventDetails', args: { changes: previous } };
  },
});
