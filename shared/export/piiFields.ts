import type { SessionDocument } from '../document/schema';
import type { SessionExport } from './schema';

// Every free-text field people type, in a session and in its export, each under one key that
// names the same field in both: the PII check runs over exactly these, at export and again at
// synthesis, so a name in a group's sub-point is caught like one in a note.

/** One free-text field: `key` names it (and is the part of a flag id before the "@"), `where` says it in words. */
export interface FreeTextField {
  /** e.g. `note:abc`, `cluster:abc/headline`, `cluster:abc/subPoint/2`, `table:t1/name`, `zone:z/label`, `event/location`. */
  key: string;
  where: string;
  text: string;
}

/** The shape of a field key: what PiiReviewSchema accepts before the "@start-end". */
export const FIELD_KEY_PATTERN =
  '(?:note:[A-Za-z0-9_-]{1,64}|cluster:[A-Za-z0-9_-]{1,64}/(?:headline|subPoint/\\d{1,4})|table:[A-Za-z0-9_-]{1,64}/name|zone:[A-Za-z0-9_-]{1,64}/label|exercise:[A-Za-z0-9_-]{1,64}/(?:title|prompt)|event/(?:name|location|facilitator))';

interface Sources {
  event: { name: string; location: string; facilitator: string };
  tables: readonly { id: string; name: string }[];
  exercises: readonly { id: string; title: string; prompt: string }[];
  zones: readonly { id: string; label: string; boardId: string }[];
  notes: readonly { id: string; text: string; kind: string; boardId: string }[];
  clusters: readonly { id: string; headline: string; subPoints: readonly string[]; boardId: string }[];
}

function fieldsOf(s: Sources): FreeTextField[] {
  const fields: FreeTextField[] = [
    { key: 'event/name', where: 'Event name', text: s.event.name },
    { key: 'event/location', where: 'Event location', text: s.event.location },
    { key: 'event/facilitator', where: 'Facilitator', text: s.event.facilitator },
    ...s.tables.map((t) => ({ key: `${t.id}/name`, where: 'Table name', text: t.name })),
    ...s.exercises.flatMap((e) => [
      { key: `${e.id}/title`, where: 'Exercise title', text: e.title },
      { key: `${e.id}/prompt`, where: `Question of “${e.title}”`, text: e.prompt },
    ]),
    ...s.zones.map((z) => ({ key: `${z.id}/label`, where: 'Zone name', text: z.label })),
    ...s.clusters.flatMap((c) => [
      { key: `${c.id}/headline`, where: 'Group headline', text: c.headline },
      ...c.subPoints.map((text, i) => ({ key: `${c.id}/subPoint/${i}`, where: `Sub-point ${i + 1} of a group`, text })),
    ]),
    ...s.notes.map((n) => ({ key: n.id, where: n.kind === 'reference' ? 'Reference card' : 'Note', text: n.text })),
  ];
  return fields.filter((f) => f.text.length > 0);
}

/** Every free-text field of a session, in the order the review lists them. */
export function sessionFields(doc: SessionDocument): FreeTextField[] {
  return fieldsOf({
    event: doc.event,
    tables: Object.values(doc.tables),
    exercises: Object.values(doc.exercises),
    zones: Object.values(doc.zones),
    notes: Object.values(doc.notes),
    clusters: Object.values(doc.clusters),
  });
}

/** Every free-text field of an export, under the same keys as the session's. */
export function exportFields(data: SessionExport): FreeTextField[] {
  return fieldsOf(data);
}
