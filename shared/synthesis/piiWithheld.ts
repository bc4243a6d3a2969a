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

/** A finding as the organiser's review screen shows it: whether it is released, and the text around it (only there). */
export interface PiiReviewItem {
  finding: PiiFinding;
  released: boolean;
  /** The words around the finding, the finding included: shown on the review screen, never written to a file. */
  excerpt: string;
}

const EXCERPT_SIDE = 40;

function excerptOf(text: string, s: PiiSpan): string {
  const from = Math.max(0, s.start - EXCERPT_SIDE);
  const to = Math.min(text.length, s.end + EXCERPT_SIDE);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
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
): { data: SessionExport; findings: PiiFinding[]; review: PiiReviewItem[] } {
  const findings: PiiFinding[] = [];
  const review: PiiReviewItem[] = [];
  const idOf = (key: string, s: PiiSpan) => `${data.session.id}/${key}@${s.start}-${s.end}`;
  const clean = (key: string, text: string, where: string | null): string => {
    const found = findPii(text);
    const spans = found.filter((s) => !released.has(idOf(key, s)));
    if (where !== null)
      for (const s of found) {
        const finding = { id: idOf(key, s), source, sessionId: data.session.id, field: key, where, kind: s.kind };
        const isReleased = released.has(finding.id);
        if (!isReleased) findings.push(finding);
        review.push({ finding, released: isReleased, excerpt: excerptOf(text, s) });
      }
    return spans.length === 0 ? text : withheld(text, spans);
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
  return { data: copied, findings, review };
}

/**
 * The findings of every file read, each listed once: a record's field is the same wherever the
 * record arrives (a session and its table's export); the event's fields are each session's own.
 */
export class PiiLedger {
  private readonly keys = new Set<string>();
  private readonly items: PiiReviewItem[] = [];

  add(review: readonly PiiReviewItem[]): void {
    for (const item of review) {
      const { id, field, sessionId } = item.finding;
      const key = /^(note|cluster|table|zone|exercise):/.test(field) ? id.slice(sessionId.length) : id;
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      this.items.push(item);
    }
  }

  /** What is withheld (never the text). */
  withheld(): PiiFinding[] {
    return this.items.filter((i) => !i.released).map((i) => ({ ...i.finding }));
  }

  /** Every finding, withheld or released, with its excerpt: for the organiser's review only. */
  review(): PiiReviewItem[] {
    return this.items.map((i) => ({ ...i, finding: { ...i.finding } }));
  }
}
