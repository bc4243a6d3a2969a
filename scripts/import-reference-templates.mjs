// Regenerates resources/templates/*.json from the reference digest's exercise-templates.json
// (a development source kept outside this repository). The app never reads the digest: it
// ships the generated files. Run: node scripts/import-reference-templates.mjs PATH/exercise-templates.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DECKS = { '000': 'Shifting from hospital to community', '001': 'Shifting from analogue to digital' };
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'templates');
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
const provenance = (s) => (String(s ?? '').startsWith('seed') ? 'seed' : 'ours');
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const AI_CARD_GROUPS = { benefit: 'Potential benefits of AI', risk: 'Potential downsides of AI' };
/**
 * Zones we add to a deck's exercise, before its "Other" zone, and the template version that
 * brought them. Barrier mapping links each barrier to what answers it, so the barriers board
 * needs a place for enablers and mitigations, which the deck leaves to the room.
 */
const OURS_ZONES = { 'h2c.d1.ex1': { version: 2, labels: ['What would help: enablers and mitigations'] } };

function layoutOf(t, zoneCount) {
  if (t.layout === 'from_to') return { kind: 'fromTo' };
  if (t.id === 'a2d.dg2.ex2a') {
    return {
      kind: 'matrix',
      columns: [
        { key: 'seen-elsewhere', label: 'Feature seen elsewhere', source: 'ours' },
        { key: 'nhs-idea', label: 'NHS equivalent idea', source: 'ours' },
      ],
    };
  }
  // A sub-board starts a new row of four, under the main question's themes.
  if (t.sub_boards) return { kind: 'grid', columns: 4 };
  return zoneCount <= 4 ? { kind: 'columns' } : { kind: 'grid', columns: Math.ceil(zoneCount / 2) };
}

function votingOf(v) {
  if (!v) return null;
  const dots = v.dots_per_participant ?? v.dot?.dots_per_participant;
  return {
    source: provenance(v.source),
    dots: dots ? { perParticipant: dots, perItem: null, perZone: v.per_zone === true } : null,
    rating: v.rating ? { question: 'How enthusiastically should the NHS embrace this?', scale: 5 } : null,
    stance: v.stance ? { options: v.stance.options } : null,
  };
}

function convert(t) {
  const zones = t.zones.map((z) => ({ key: slug(z.label), label: z.label, source: provenance(z.source) }));
  const subBoards = t.sub_boards ?? [];
  for (const board of subBoards) {
    // "seed prompt; two-zone layout suggested": the zones themselves are ours.
    for (const label of board.zones)
      zones.push({ key: slug(label), label, source: board.source === 'seed' ? 'seed' : 'ours' });
  }
  const added = OURS_ZONES[t.id];
  if (added) {
    const other = zones.findIndex((z) => z.key === 'other');
    zones.splice(
      other === -1 ? zones.length : other,
      0,
      ...added.labels.map((label) => ({ key: slug(label), label, source: 'ours' })),
    );
  }
  const keyOf = new Map(zones.map((z) => [z.label, z.key]));
  const subBoardPrompt = new Map(subBoards.map((b) => [b.id, capitalise(b.prompt)]));
  const cards = t.reference_cards.map((c) => {
    if (c.zone !== null && keyOf.has(c.zone))
      return { zone: keyOf.get(c.zone), group: null, text: c.text, kind: c.kind };
    const [prefix] = String(c.zone ?? '').split(':');
    const group = c.zone === null ? null : (AI_CARD_GROUPS[prefix] ?? subBoardPrompt.get(c.zone) ?? capitalise(c.zone));
    return { zone: null, group, text: c.text, kind: c.kind };
  });
  for (const board of subBoards) {
    for (const theme of board.reference_themes ?? [])
      cards.push({ zone: null, group: subBoardPrompt.get(board.id), text: theme, kind: 'staff_theme' });
  }
  const tags = Object.entries(t.card_tags ?? {})
    .filter(([key]) => key !== 'source')
    .map(([key, values]) => ({ key: slug(key), label: capitalise(key.replace(/_/g, ' ')), values, source: 'seed' }));
  const notes = [
    t.notes,
    typeof t.layout === 'string' && t.layout !== 'from_to' ? `Suggested board: ${t.layout}.` : null,
    t.parent ? `Part of “${t.parent}”.` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    type: 'roundtable.template',
    schemaVersion: 1,
    id: t.id,
    version: added?.version ?? 1,
    title: t.title,
    prompt: t.prompt ?? t.title.replace(/^Exercise \w+\)?:?\s*/, ''),
    subPrompts: [...(t.sub_prompts ?? []), ...subBoards.map((b) => capitalise(b.prompt))],
    source: {
      decks: t.decks.map((id) => ({ id, title: DECKS[id] })),
      slideTitle: t.title,
      promptSource: t.prompt ? provenance(t.prompt_source) : 'ours',
      notes,
    },
    layout: layoutOf(t, zones.length),
    zones,
    referenceCards: cards,
    tags,
    voting: votingOf(t.voting),
  };
}

const source = process.argv[2];
if (!source) {
  console.error('Usage: node scripts/import-reference-templates.mjs PATH/exercise-templates.json');
  process.exit(2);
}
const { templates } = JSON.parse(readFileSync(source, 'utf-8'));
for (const t of templates) writeFileSync(path.join(OUT, `${t.id}.json`), `${JSON.stringify(convert(t), null, 2)}\n`);
console.log(`Wrote ${templates.length} templates to ${OUT}`);
