import { z } from 'zod';
import { createClusterArgs, deleteClusterArgs, updateClusterArgs } from './boardRecordOperationArgs';
import {
  addLinksArgs,
  castVotesArgs,
  deleteLinksArgs,
  setBoardStateArgs,
  withdrawVotesArgs,
} from './boardRecordOperationArgs';
import { setNoteClusterArgs } from './clusterMembershipArgs';
import { addExerciseArgs, removeExerciseArgs } from './exerciseOperationArgs';
import { setFacilitationArgs, updateExerciseArgs } from './facilitationOperationArgs';
import { restoreNotesArgs, setNoteDetailsArgs } from './noteDetailOperationArgs';
import { addNotesArgs, deleteNotesArgs, editNoteTextArgs, moveNotesArgs } from './noteOperationArgs';
import { addRoomBoardArgs, removeRoomBoardArgs } from './roomBoardOperationArgs';
import { updateEventDetailsArgs } from './sessionOperationArgs';
import { addTableArgs, removeTableArgs, updateTableArgs } from './tableOperationArgs';
import { restoreVersionArgs } from './versionOperationArgs';
import type { Operation, OperationName } from './operation';

/**
 * Several operations as one step (its behaviour is in registry.ts). Its inner operations are
 * checked one by one by OperationSchema below: the schema cannot name itself.
 */
const batchArgs = z.strictObject({ operations: z.array(z.unknown()).min(1).max(50) });

/**
 * Every operation's arguments' schema, by name: the one list the operations' names and types
 * come from (operation.ts). registry.ts gives each name its behaviour, and the compiler checks
 * that the two lists name the same operations.
 */
export const OPERATION_ARGS = {
  addNotes: addNotesArgs,
  deleteNotes: deleteNotesArgs,
  editNoteText: editNoteTextArgs,
  moveNotes: moveNotesArgs,
  addExercise: addExerciseArgs,
  removeExercise: removeExerciseArgs,
  updateEventDetails: updateEventDetailsArgs,
  restoreVersion: restoreVersionArgs,
  setNoteDetails: setNoteDetailsArgs,
  restoreNotes: restoreNotesArgs,
  createCluster: createClusterArgs,
  deleteCluster: deleteClusterArgs,
  updateCluster: updateClusterArgs,
  setNoteCluster: setNoteClusterArgs,
  addLinks: addLinksArgs,
  deleteLinks: deleteLinksArgs,
  castVotes: castVotesArgs,
  withdrawVotes: withdrawVotesArgs,
  setBoardState: setBoardStateArgs,
  addTable: addTableArgs,
  removeTable: removeTableArgs,
  updateTable: updateTableArgs,
  updateExercise: updateExerciseArgs,
  setFacilitation: setFacilitationArgs,
  addRoomBoard: addRoomBoardArgs,
  removeRoomBoard: removeRoomBoardArgs,
  batch: batchArgs,
} as const;

/**
 * Validates an operation arriving from anywhere: a known name and arguments that pass its
 * schema, and for a batch every step in it, in turn (with the parsed steps in its arguments).
 */
export const OperationSchema: z.ZodType<Operation> = z
  .strictObject({ name: z.string().max(40), args: z.unknown() })
  .transform((raw, ctx) => {
    const schema: z.ZodType | undefined = Object.hasOwn(OPERATION_ARGS, raw.name)
      ? OPERATION_ARGS[raw.name as OperationName]
      : undefined;
    if (!schema) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: `"${raw.name}" is not an operation Roundtable knows` });
      return z.NEVER;
    }
    const parsed = schema.safeParse(raw.args);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['args', ...issue.path] } as never);
      return z.NEVER;
    }
    if (raw.name !== 'batch') return { name: raw.name, args: parsed.data } as Operation;
    const steps: Operation[] = [];
    for (const [i, step] of (parsed.data as z.output<typeof batchArgs>).operations.entries()) {
      const checked = OperationSchema.safeParse(step);
      if (!checked.success) {
        for (const issue of checked.error.issues)
          ctx.addIssue({ ...issue, path: ['args', 'operations', i, ...issue.path] } as never);
        return z.NEVER;
      }
      steps.push(checked.data);
    }
    return { name: 'batch', args: { operations: steps } } as Operation;
  }) as unknown as z.ZodType<Operation>;
