// Writes the labelled theme set (tests/fixtures/themes/): session exports from 32 listening
// events, in the app's own export format, and truth.json, the theme every participant note
// really belongs to. Notes come from the hand-written phrase banks beside this file, written
// down as staff write them (noise.ts). About 30% of tables never group their notes; the rest
// group them as tables do: mostly by theme, with strays, leftovers and the odd lumped group.
// Events 0-15 are the training split (tune on these), 16-31 the held-out split (score on these);
// each split draws on its own half of every bank's notes.
// Usage: npx tsx scripts/themes/makeLabelledSet.ts
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../../shared/export/canonicalJson';
import type { SessionExport, UnhashedExport } from '../../shared/export/schema';
import { SECTORS, SHIFTS, STAFF_GROUPS } from '../../shared/document/taxonomy';
import type { LabelledSet } from '../../shared/themes/labelledSet';
import { linesOf, type QuestionBank, type ThemeBank } from './bankTypes';
import { AI } from './bankAi';
import { BARRIERS } from './bankBarriers';
import { EMPLOYER } from './bankEmployer';
import { asWritten, pick, seeded, type Random } from './noise';

const EVENTS = 32;
const TRAINING_EVENTS = 16;
const NEVER_GROUP = 0.3;
const ROOT = path.join(import.meta.dirname, '..', '..');
const OUT = path.join(ROOT, 'tests', 'fixtures', 'themes');
const BANKS: QuestionBank[] = [BARRIERS, AI, EMPLOYER];

interface Template {
  id: string;
  version: number;
  title: string;
  prompt: string;
  zones: { label: string }[];
}
const templateOf = (id: string): Template =>
  JSON.parse(readFileSync(path.join(ROOT, 'resources', 'templates', `${id}.json`), 'utf8')) as Template;

type Split = 'train' | 'test';

/** Each split's notes for each theme, and how often each has been used. */
class Pool {
  private readonly uses = new Map<string, number[]>();
  constructor(private readonly rng: Random) {}
  phrases(theme: ThemeBank, split: Split): string[] {
    return linesOf(theme.notes).filter((_, i) => (i % 2 === 0) === (split === 'train'));
  }
  /** A note for the theme, the least used first; null when a rare theme has none left. */
  take(theme: ThemeBank, split: Split): { text: string; firstUse: boolean } | null {
    const phrases = this.phrases(theme, split);
    const key = `${theme.id}|${split}`;
    const uses = this.uses.get(key) ?? new Array<number>(phrases.length).fill(0);
    this.uses.set(key, uses);
    const least = Math.min(...uses);
    if (theme.rare && least > 0) return null;
    const options = uses.map((u, i) => [u, i]).filter(([u]) => u === least);
    const [, index] = pick(this.rng, options);
    uses[index]++;
    return { text: phrases[index], firstUse: least === 0 };
  }
}

function chooseTheme(rng: Random, themes: readonly ThemeBank[]): ThemeBank {
  const total = themes.reduce((sum, t) => sum + t.weight, 0);
  let r = rng() * total;
  for (const theme of themes) if ((r -= theme.weight) < 0) return theme;
  return themes[themes.length - 1];
}

const rng = seeded(20261202);
const pool = new Pool(rng);
const truthNotes: Record<string, string> = {};
const events: LabelledSet['events'] = [];
rmSync(path.join(OUT, 'exports'), { recursive: true, force: true });
mkdirSync(path.join(OUT, 'exports'), { recursive: true });

for (let e = 0; e < EVENTS; e++) {
  const split: Split = e < TRAINING_EVENTS ? 'train' : 'test';
  const s = `themes${String(e).padStart(2, '0')}`;
  const isPublic = e % 11 === 7;
  const tableCount = 3 + (e % 2);
  const tables = Array.from({ length: tableCount }, (_, t) => ({
    id: `table:${s}t${t}`,
    name: `Table ${t + 1}`,
    order: t,
    participantCount: 5 + Math.floor(rng() * 4),
    mix: { staffGroups: { [pick(rng, STAFF_GROUPS).code]: 3 }, sectors: { [pick(rng, SECTORS).code]: 5 } },
  }));
  const groups = tables.map(() => rng() >= NEVER_GROUP);
  const banks = [BANKS[e % 3], BANKS[(e + 1) % 3]];
  const data: UnhashedExport = {
    type: 'roundtable.export',
    schemaVersion: 1,
    app: { name: 'Roundtable', version: 'labelled-set' },
    exportedAt: '2026-11-20T17:00:00.000Z',
    session: {
      id: `session:${s}`,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T16:00:00.000Z',
      revision: 90,
    },
    event: {
      name: isPublic ? `Public listening event ${e + 1}` : `Staff listening event ${e + 1}`,
      date: `2026-${String(1 + (e % 12)).padStart(2, '0')}-${String(1 + ((e * 5) % 28)).padStart(2, '0')}`,
      location: 'Conference centre',
      facilitator: 'Facilitator',
      shift: pick(rng, SHIFTS).code,
    },
    templates: [],
    tables,
    exercises: [],
    zones: [],
    notes: [],
    clusters: [],
    links: [],
    votes: [],
    piiCheck: { ran: true, checkedAt: '2026-11-20T16:59:00.000Z', redacted: {}, kept: {} },
  };
  banks.forEach((bank, x) => {
    const template = templateOf(bank.templateId);
    data.templates.push({ id: template.id, version: template.version });
    const exerciseId = `exercise:${s}x${x}`;
    const boards = tables.map((table, t) => ({
      id: `board:${s}x${x}t${t}`,
      tableId: table.id,
      voting: 'revealed' as const,
    }));
    data.exercises.push({
      id: exerciseId,
      templateId: template.id,
      templateVersion: template.version,
      title: template.title,
      prompt: template.prompt,
      order: x,
      plannedMinutes: 20,
      voting: null,
      boards,
    });
    boards.forEach((board, t) => {
      const zones = (template.zones.length ? template.zones : [{ label: 'Notes' }]).map((z, k) => ({
        id: `zone:${board.id.slice(6)}z${k}`,
        boardId: board.id,
        label: z.label,
        order: k,
      }));
      data.zones.push(...zones);
      const written: { id: string; text: string; theme: ThemeBank }[] = [];
      const common = bank.themes.filter((b) => !b.rare);
      // A table talks about a few things most: three themes give most of its notes.
      const focus = [0, 1, 2].map(() => chooseTheme(rng, bank.themes));
      const count = 5 + Math.floor(rng() * 6);
      for (let n = 0; n < count; n++) {
        let noteTheme = rng() < 0.7 ? pick(rng, focus) : chooseTheme(rng, bank.themes);
        let taken = pool.take(noteTheme, split);
        if (!taken) {
          noteTheme = chooseTheme(rng, common);
          taken = pool.take(noteTheme, split)!;
        }
        const id = `note:${board.id.slice(6)}n${n}`;
        written.push({ id, text: asWritten(rng, taken.text, taken.firstUse), theme: noteTheme });
        truthNotes[id] = noteTheme.id;
      }
      const clusterOf = groups[t] ? tableGroups(rng, board.id, written) : { clusters: [], of: new Map() };
      for (const w of written) {
        const zone = pick(rng, zones);
        data.notes.push({
          id: w.id,
          text: w.text,
          kind: 'participant',
          countsAsInput: true,
          exerciseId,
          boardId: board.id,
          tableId: board.tableId,
          zoneId: zone.id,
          zoneLabel: zone.label,
          clusterId: clusterOf.of.get(w.id) ?? null,
          staffGroup: isPublic || rng() < 0.3 ? null : pick(rng, STAFF_GROUPS).code,
          sector: isPublic || rng() < 0.4 ? null : pick(rng, SECTORS).code,
          source: isPublic ? 'public' : rng() < 0.9 ? 'staff' : null,
          isQuote: false,
          severity: null,
          tag: null,
          dots: rng() < 0.25 ? 1 + Math.floor(rng() * 3) : 0,
          createdAt: '2026-11-20T10:00:00.000Z',
        });
      }
      data.clusters.push(...clusterOf.clusters);
    });
  });
  // The notes' dots as their boards' results, so the stated dots follow from the records (import
  // and synthesis refuse a file whose figures do not).
  for (const exercise of data.exercises)
    for (const board of exercise.boards) {
      const dots = data.notes
        .filter((n) => n.boardId === board.id && n.dots > 0)
        .map((n) => ({ noteId: n.id, count: n.dots }));
      if (dots.length > 0)
        data.votes.push({
          boardId: board.id,
          exerciseId: exercise.id,
          tableId: board.tableId,
          revealed: true,
          dots,
          ratings: [],
          stances: [],
        });
    }
  const file = `${s}.roundtable-export.json`;
  const hashed: SessionExport = {
    ...data,
    contentHash: `sha256:${createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex')}`,
  };
  writeFileSync(path.join(OUT, 'exports', file), JSON.stringify(hashed) + '\n');
  events.push({
    file,
    sessionId: data.session.id,
    split,
    tablesThatGrouped: groups.filter(Boolean).length,
    tables: tableCount,
  });
}

function headlineAsWritten(rng: Random, headline: string): string {
  const r = rng();
  return r < 0.25
    ? headline.toLocaleLowerCase()
    : r < 0.3
      ? headline.toLocaleUpperCase()
      : r < 0.35
        ? `${headline}!`
        : headline;
}

/** How a table that groups its notes groups them: by theme, mostly, with strays and leftovers. */
function tableGroups(rng: Random, boardId: string, written: { id: string; text: string; theme: ThemeBank }[]) {
  const byTheme = new Map<ThemeBank, string[]>();
  for (const w of written) byTheme.set(w.theme, [...(byTheme.get(w.theme) ?? []), w.id]);
  const made: { headline: string; members: string[] }[] = [];
  const loose: string[] = [];
  for (const [theme, ids] of byTheme) {
    if (ids.length >= 2 || rng() < 0.3)
      made.push({ headline: headlineAsWritten(rng, pick(rng, theme.headlines)), members: [...ids] });
    else loose.push(...ids);
  }
  // Some tables lump two groups together under the larger one's headline.
  if (made.length >= 3 && rng() < 0.2) {
    made.sort((a, b) => b.members.length - a.members.length);
    const last = made.pop()!;
    made[made.length - 1].members.push(...last.members);
  }
  for (const id of loose) if (made.length > 0 && rng() < 0.5) pick(rng, made).members.push(id);
  // Strays: a note put in the wrong group, or left out of its own.
  for (const group of made) {
    for (const id of [...group.members]) {
      const r = rng();
      if (r < 0.08 && made.length > 1) {
        group.members.splice(group.members.indexOf(id), 1);
        pick(
          rng,
          made.filter((g) => g !== group),
        ).members.push(id);
      } else if (r < 0.16 && group.members.length > 1) group.members.splice(group.members.indexOf(id), 1);
    }
  }
  const clusters: SessionExport['clusters'] = [];
  const of = new Map<string, string>();
  made
    .filter((g) => g.members.length > 0)
    .forEach((g, c) => {
      const id = `cluster:${boardId.slice(6)}c${c}`;
      const texts = g.members.map((m) => written.find((w) => w.id === m)!.text);
      for (const m of g.members) of.set(m, id);
      clusters.push({
        id,
        boardId,
        headline: g.headline,
        subPoints: texts.slice(0, Math.floor(rng() * 3)),
        quote: rng() < 0.6 ? { noteId: g.members[0], text: texts[0] } : null,
        noteIds: g.members,
        size: g.members.length,
        order: c,
      });
    });
  return { clusters, of };
}

const truth: LabelledSet = {
  description:
    'Labelled theme set: participant notes from 32 generated listening events and the theme each really belongs to. Written by scripts/themes/makeLabelledSet.ts; do not edit by hand.',
  questions: BANKS.map((b) => ({ templateId: b.templateId, title: templateOf(b.templateId).title })),
  themes: BANKS.flatMap((b) =>
    b.themes.map((t) => ({
      id: t.id,
      templateId: b.templateId,
      label: t.label,
      rare: !!t.rare,
      minority: !!t.minority,
    })),
  ),
  events,
  notes: truthNotes,
};
writeFileSync(path.join(OUT, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
const counts = new Map<string, number>();
for (const theme of Object.values(truthNotes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
console.log(`${Object.keys(truthNotes).length} notes, ${truth.themes.length} themes, ${EVENTS} events`);
for (const t of truth.themes) console.log(`  ${t.id}: ${counts.get(t.id) ?? 0}${t.rare ? ' (rare)' : ''}`);
