import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSessionDocument, newParticipantNote } from '../../shared/document/create';
import type { Note, SessionDocument } from '../../shared/document/schema';
import type { BoardId } from '../../shared/ids';
import { applyOperation, operation, type Operation } from '../../shared/operations/registry';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../../shared/templates/schema';
import { instantiateTemplate } from '../../shared/templates/instantiate';

export const NOW = '2025-03-04T10:00:00.000Z';

/** The shipped Benefits and risks template, read from resources/ as the app reads it. */
export function benefitsAndRisks(): ExerciseTemplate {
  const file = path.join(import.meta.dirname, '..', '..', 'resources', 'templates', 'h2c.d2.ex1.json');
  return ExerciseTemplateSchema.parse(JSON.parse(readFileSync(file, 'utf-8')));
}

/** A session with the Benefits and risks exercise added, and the id of its first board. */
export function sessionWithExercise(): { doc: SessionDocument; boardId: BoardId } {
  const empty = createSessionDocument(
    { name: 'Test event', date: '2025-03-04', location: 'Leeds', facilitator: 'Sam', shift: null },
    NOW,
  );
  const added = applyOperation(
    empty,
    operation('addExercise', instantiateTemplate(empty, benefitsAndRisks(), NOW)),
    NOW,
  );
  if (!added.ok) throw new Error(added.error.message);
  return { doc: added.value, boardId: Object.keys(added.value.boards)[0] as BoardId };
}

/** A participant note with sensible defaults. */
export function participantNote(boardId: BoardId, text: string, x = 2000, y = 2000): Note {
  return newParticipantNote(boardId, text, { x, y }, NOW);
}

/** Applies an operation that must succeed (the test fails with the operation's own reason if not). */
export function applied(doc: SessionDocument, op: Operation, now = '2025-03-04T11:00:00.000Z'): SessionDocument {
  const result = applyOperation(doc, op, now);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
