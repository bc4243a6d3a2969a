// Realistic session exports for the synthesis benchmark: each an event of four tables running
// five of the shipped exercises, about 200 participant notes drawn from recurring themes
// (written differently at each event, as tables do), groups with sub-points and a quote,
// dots, ratings and the reference cards. Seeded, so every run writes the same files.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentHashOf } from '../../electron/services/export/exportService';
import type { SessionExport, UnhashedExport } from '../../shared/export/schema';
import { SECTORS, SHIFTS, STAFF_GROUPS } from '../../shared/document/taxonomy';

interface TemplateFile {
  id: string;
  version: number;
  title: string;
  prompt: string;
  zones: { label: string }[];
  referenceCards: { text: string }[];
}

const TEMPLATES_DIR = path.join(import.meta.dirname, '..', '..', 'resources', 'templates');
const TEMPLATES: TemplateFile[] = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(TEMPLATES_DIR, f), 'utf8')) as TemplateFile)
  .filter((t) => t.zones.length > 0);

/** Themes as different tables put them: several headlines and phrasings each. */
const THEMES = [
  {
    headlines: ['Staffing shortages', 'Not enough staff', 'Short staffing and vacancies'],
    words: [
      'staff shortages on every shift',
      'vacancies left unfilled for months',
      'agency staff cover gaps',
      'too few nurses at night',
    ],
  },
  {
    headlines: ['IT systems do not talk to each other', 'Joined-up IT systems', 'Digital systems and records'],
    words: [
      'systems do not share records',
      'logging into five systems',
      'records not shared with GP',
      'slow computers waste time',
    ],
  },
  {
    headlines: ['Training and development time', 'Protected learning time', 'Training'],
    words: [
      'no protected time for training',
      'training cancelled for cover',
      'want to learn new skills',
      'development routes unclear',
    ],
  },
  {
    headlines: ['Travel and parking', 'Travel time in the community', 'Mileage and travel'],
    words: [
      'mileage rates too low',
      'travel time between visits',
      'parking near patients homes',
      'rural travel takes hours',
    ],
  },
  {
    headlines: ['Funding follows the hospital', 'Money and budgets', 'Funding for community care'],
    words: [
      'budgets stuck in acute',
      'short term funding pots',
      'funding does not follow the patient',
      'money for prevention',
    ],
  },
  {
    headlines: ['Trust between teams', 'Working across organisations', 'Shared risk'],
    words: [
      'teams do not trust each other',
      'risk not shared across organisations',
      'different employers different rules',
      'handovers between teams',
    ],
  },
  {
    headlines: ['Leadership support', 'Managers backing change'],
    words: ['leaders support new ideas', 'managers too busy to listen', 'permission to try things'],
  },
  {
    headlines: ['Patient safety worries', 'Safety of AI decisions'],
    words: ['who is accountable if AI is wrong', 'safety checks for new tools', 'clinical oversight needed'],
  },
];

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const id = (prefix: string, n: string | number) => `${prefix}:${n}`;

/** The `index`-th export of the set (hashed, so it passes the app's own checks). */
export function generatedExport(index: number, notesPerEvent = 200): SessionExport {
  const rng = random(index * 7919 + 17);
  const s = `e${index}`;
  const templates = Array.from({ length: 5 }, (_, i) => TEMPLATES[(index + i * 3) % TEMPLATES.length]);
  const tables = Array.from({ length: 4 }, (_, t) => ({
    id: id('table', `${s}t${t}`),
    name: `Table ${t + 1}`,
    order: t,
    participantCount: 6,
    mix: {
      staffGroups: { [pick(rng, STAFF_GROUPS).code]: 3, [pick(rng, STAFF_GROUPS).code]: 3 },
      sectors: { [pick(rng, SECTORS).code]: 6 },
    },
  }));
  const data: UnhashedExport = {
    type: 'roundtable.export',
    schemaVersion: 1,
    app: { name: 'Roundtable', version: 'bench' },
    exportedAt: '2026-11-20T17:00:00.000Z',
    session: {
      id: id('session', s),
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T16:00:00.000Z',
      revision: 400,
    },
    event: {
      name: `Listening event ${index}`,
      date: `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      location: 'Somewhere',
      facilitator: 'Facilitator',
      shift: pick(rng, SHIFTS).code,
    },
    templates: templates.map((t) => ({ id: t.id, version: t.version })),
    tables,
    exercises: [],
    zones: [],
    notes: [],
    clusters: [],
    links: [],
    votes: [],
    piiCheck: { ran: true, checkedAt: '2026-11-20T16:59:00.000Z', redacted: {}, kept: {} },
  };
  // At least eight notes a board, so each of its three groups has members.
  const perBoard = Math.max(8, Math.ceil(notesPerEvent / (templates.length * tables.length)));
  templates.forEach((template, e) => {
    const exerciseId = id('exercise', `${s}x${e}`);
    const boards = tables.map((table) => ({
      id: id('board', `${s}x${e}${table.id.slice(-2)}`),
      tableId: table.id,
      voting: 'revealed' as const,
    }));
    data.exercises.push({
      id: exerciseId,
      templateId: template.id,
      templateVersion: template.version,
      title: template.title,
      prompt: template.prompt,
      order: e,
      plannedMinutes: 20,
      voting: { dots: { perParticipant: 3, perItem: null, perZone: false }, rating: null, stance: null },
      boards,
    });
    boards.forEach((board, b) => {
      const zones = template.zones.map((z, k) => ({
        id: id('zone', `${board.id.slice(6)}z${k}`),
        boardId: board.id,
        label: z.label,
        order: k,
      }));
      data.zones.push(...zones);
      template.referenceCards.slice(0, 3).forEach((card, k) => {
        data.notes.push(
          note(
            `${board.id.slice(6)}r${k}`,
            card.text,
            'reference',
            exerciseId,
            board.id,
            tables[b].id,
            zones[0],
            null,
            rng,
          ),
        );
      });
      const themes = [0, 1, 2].map(() => pick(rng, THEMES));
      const clusterIds = themes.map((_, c) => id('cluster', `${board.id.slice(6)}c${c}`));
      const members: string[][] = [[], [], []];
      const dots: { noteId: string; count: number }[] = [];
      for (let n = 0; n < perBoard; n++) {
        const c = n % 4 === 3 ? -1 : n % 3;
        const theme = c >= 0 ? themes[c] : pick(rng, THEMES);
        const noteId = `${board.id.slice(6)}n${n}`;
        const exported = note(
          noteId,
          `${pick(rng, theme.words)} (${n})`,
          'participant',
          exerciseId,
          board.id,
          tables[b].id,
          pick(rng, zones),
          c >= 0 ? clusterIds[c] : null,
          rng,
        );
        data.notes.push(exported);
        if (c >= 0) members[c].push(exported.id);
        if (exported.dots > 0) dots.push({ noteId: exported.id, count: exported.dots });
      }
      themes.forEach((theme, c) => {
        data.clusters.push({
          id: clusterIds[c],
          boardId: board.id,
          headline: pick(rng, theme.headlines),
          subPoints: [pick(rng, theme.words), pick(rng, theme.words)],
          quote: { noteId: members[c][0], text: data.notes.find((x) => x.id === members[c][0])!.text },
          noteIds: members[c],
          size: members[c].length,
          order: c,
        });
      });
      data.votes.push({
        boardId: board.id,
        exerciseId,
        tableId: tables[b].id,
        revealed: true,
        dots,
        ratings: [{ zoneId: zones[0].id, zoneLabel: zones[0].label, scale: 5, distribution: [0, 1, 2, 2, 1] }],
        stances: [],
      });
    });
  });
  return { ...data, contentHash: contentHashOf(data) };
}

function note(
  key: string,
  text: string,
  kind: 'participant' | 'reference',
  exerciseId: string,
  boardId: string,
  tableId: string,
  zone: { id: string; label: string },
  clusterId: string | null,
  rng: () => number,
): SessionExport['notes'][number] {
  const participant = kind === 'participant';
  return {
    id: id('note', key),
    text,
    kind,
    countsAsInput: participant,
    exerciseId,
    boardId,
    tableId,
    zoneId: zone.id,
    zoneLabel: zone.label,
    clusterId,
    staffGroup: participant && rng() < 0.7 ? pick(rng, STAFF_GROUPS).code : null,
    sector: participant && rng() < 0.6 ? pick(rng, SECTORS).code : null,
    source: participant ? (rng() < 0.1 ? 'public' : 'staff') : null,
    isQuote: false,
    severity: null,
    tag: null,
    dots: participant && rng() < 0.3 ? 1 + Math.floor(rng() * 3) : 0,
    createdAt: '2026-11-20T10:00:00.000Z',
  };
}
