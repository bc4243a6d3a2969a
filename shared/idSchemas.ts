import { z } from 'zod';
import {
  hasIdShape,
  type BoardId,
  type ClusterId,
  type ExerciseId,
  type IdPrefix,
  type LinkId,
  type NoteId,
  type SessionId,
  type TableId,
  type VoteId,
  type ZoneId,
} from './ids';

// The schemas of the typed ids (ids.ts), for what arrives from files, IPC and sockets.

function idSchema<T extends string>(prefix: IdPrefix) {
  return z
    .string()
    .max(80)
    .refine((s) => hasIdShape(s, prefix), {
      message: `must be an id like "${prefix}:abc123"`,
    })
    .transform((s) => s as T);
}

export const SessionIdSchema = idSchema<SessionId>('session');
export const TableIdSchema = idSchema<TableId>('table');
export const ExerciseIdSchema = idSchema<ExerciseId>('exercise');
export const BoardIdSchema = idSchema<BoardId>('board');
export const ZoneIdSchema = idSchema<ZoneId>('zone');
export const NoteIdSchema = idSchema<NoteId>('note');
export const ClusterIdSchema = idSchema<ClusterId>('cluster');
export const LinkIdSchema = idSchema<LinkId>('link');
export const VoteIdSchema = idSchema<VoteId>('vote');
