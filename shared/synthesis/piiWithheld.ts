import { findPii, PII_KIND_LABELS, type PiiKind, type PiiSpan } from '../export/pii';
import { exportFields } from '../export/piiFields';
import type { SessionExport } from '../export/schema';

// The PII check again, at synthesis: an export may have been made without the check, with a
// flag kept for the room that should not reach a national report, or by an older Roundtable.
// Every free-text field of every export is checked with the export's own check; what it finds
// is withheld ("[withheld name]") from everything the synthesis writes, counted, and listed by
// file and field, until an organiser has looked at it and released it by its id.

export interface PiiFinding {
  /** `<session id>/<field key>@<start>-<end>`: what an organiser names to release it. */
  id: string;
  /** The file it came from. */
  source: string;
  sessionId: string;
  /** The field's key (`cluster:…/subPoint/0`, `note:…`, `table:…/name`…). */
  field: string;
  /** The field in words ("Sub-point 1 of a group"). Never the text itself. */
  where: string;
  kind: PiiKind;
}

const withheld = (text: string, spans: readonly PiiSpan[]) => {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + `[withheld ${PII_KIND_LABELS[s.kind]}]`;
    at = s.end;
  }
  return out + text.slice(at);
};

/**
 * A copy of the export with every possible personal detail withheld (unless released by id),
 * and the findings. Copies of a field (a note's zone label, a quote's text) are withheld the
 * same way under their source's key, and counted once, at the source.
 */
export function withholdPii(
  data: SessionExport,
  source: string,
  released: ReadonlySet<string> = new Set(),
): { data: SessionExport; findings: PiiFinding[] } {
  const findings: PiiFinding[] = [];
  const idOf = (key: string, s: PiiSpan) => `${data.session.id}/${key}@${s.start}-${s.end}`;
  const clean = (key: string, text: string, where: string | null): string => {
    const spans = findPii(text).filter((s) => !released.has(idOf(key, s)));
    if (spans.length === 0) return text;
    if (where !== null)
      for (const s of spans)
        findings.push({ id: idOf(key, s), source, sessionId: data.session.id, field: key, where, kind: s.kind });
    return withheld(text, spans);
  };
  const where = new Map(exportFields(data).map((f) => [f.key, f.where]));
  const at = (key: string, text: string) => clean(key, text, where.get(key) ?? 'Text');
  const copy = (key: string, text: string) => clean(key, text, null);
  const zoneKey = new Map(data.zones.map((z) => [z.id, `${z.id}/label`]));
  const copied = {
    ...data,
    event: {
      ...data.event,
      name: at('event/name', data.event.name),
      location: at('event/location', data.event.location),
      facilitator: at('event/facilitator', data.event.facilitator),
    },
    tables: data.tables.map((t) => ({ ...t, name: at(`${t.id}/name`, t.name) })),
    exercises: data.exercises.map((e) => ({
      ...e,
      title: at(`${e.id}/title`, e.title),
      prompt: at(`${e.id}/prompt`, e.prompt),
    })),
    zones: data.zones.map((z) => ({ ...z, label: at(`${z.id}/label`, z.label) })),
    notes: data.notes.map((n) => ({
      ...n,
      text: at(n.id, n.text),
      zoneLabel: n.zoneLabel === null ? null : copy(zoneKey.get(n.zoneId ?? '') ?? n.id, n.zoneLabel),
    })),
    clusters: data.clusters.map((c) => ({
      ...c,
      headline: at(`${c.id}/headline`, c.headline),
      subPoints: c.subPoints.map((text, i) => at(`${c.id}/subPoint/${i}`, text)),
      quote: c.quote ? { ...c.quote, text: copy(c.quote.noteId, c.quote.text) } : null,
    })),
    votes: data.votes.map((v) => ({
      ...v,
      ratings: v.ratings.map((r) => ({ ...r, zoneLabel: copy(zoneKey.get(r.zoneId) ?? r.zoneId, r.zoneLabel) })),
    })),
  };
  return { data: copied, findings };
}
