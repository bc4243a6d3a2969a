// How long "Suggest clusters" takes for a board of N unclustered notes (the figure is
// for 1,000), built from varied workshop-like sentences so that some notes share words and
// many do not. Usage: npx tsx scripts/bench/suggest.ts [notes=1000] [runs=7]
import { performance } from 'node:perf_hooks';
import { suggestClusters } from '../../shared/clustering/suggest';
import type { NoteId } from '../../shared/ids';
import { summarise } from './stats';

const count = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 7);

const SUBJECTS = [
  'Community nurses',
  'Staff',
  'Patients',
  'Carers',
  'GPs',
  'District teams',
  'Ward staff',
  'Paramedics',
  'Pharmacists',
  'Social workers',
];
const TOPICS = [
  'travel time between visits',
  'shared records across systems',
  'caseload and vacancies',
  'care closer to home',
  'mileage and parking costs',
  'training for new roles',
  'weekend rota gaps',
  'mobile signal in rural areas',
  'hospital admissions avoided',
  'family involvement in care',
  'discharge delays',
  'digital skills',
  'equipment at home',
  'handover between teams',
  'mental health support',
];
const COMMENTS = [
  'worries us',
  'would help a lot',
  'is already a problem',
  'needs funding',
  'takes too long',
  'is getting better',
  'feels unsafe',
  'saves money',
  'is not joined up',
  'matters most',
];

/** A deterministic pseudo-random sequence, so every run times the same notes. */
function* sequence(seed: number): Generator<number> {
  let x = seed;
  for (;;) yield (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const random = sequence(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(random.next().value * list.length)];
const notes = Array.from({ length: count }, (_, i) => ({
  id: `note:bench${String(i).padStart(5, '0')}` as NoteId,
  text: `${pick(SUBJECTS)}: ${pick(TOPICS)} ${pick(COMMENTS)}`,
  kind: 'participant' as const,
  clusterId: null,
}));

const times: number[] = [];
let groups = 0;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  groups = suggestClusters(notes).length;
  times.push(performance.now() - start);
}
console.log(
  `suggestClusters, ${count} notes, ${runs} runs: ${JSON.stringify(summarise(times))} ms (${groups} groups suggested)`,
);
