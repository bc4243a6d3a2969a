import { z } from 'zod';
import { LIMITS } from '../document/limits';
import { FIELD_KEY_PATTERN } from './piiFields';

const FLAG_ID = new RegExp(`^${FIELD_KEY_PATTERN}@\\d{1,6}-\\d{1,6}$`);

/** A PII review as it crosses the API: flag id (`<field>@start-end`) to decision, bounded like any input. */
export const PiiReviewSchema = z
  .record(
    z.string().regex(FLAG_ID, 'must be a flag id like "note:abc@3-15" or "cluster:abc/subPoint/0@0-8"'),
    z.enum(['redact', 'keep']),
  )
  .refine((r) => Object.keys(r).length <= LIMITS.notesPerSession * 4, { message: 'holds too many decisions' });
