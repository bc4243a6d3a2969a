import { z } from 'zod';
import { EventDetailsSchema } from '../document/schema';

// The arguments' schema of updateEventDetails (sessionOperations.ts).

export const updateEventDetailsArgs = z.strictObject({ changes: EventDetailsSchema.partial() });
