import { z } from 'zod';
import { LIMITS } from '../document/limits';

/** A PII review as it crosses the API: flag id (`note:…@start-end`) to decision, bounded like any input. */
export const PiiReviewSchema = z
  .record(
    z.string().regex(/^note:[A-Za-z0-9_-]{1,64}@\d{1,6}-\d{1,6}$/, 'must be a flag id like "note:abc@3-15"'),
    z.enum(['redact', 'keep']),
  )
  .refine((r) => Object.keys(r).length <= LIMITS.notesPerSession * 4, { message: 'holds too many decisions' });
