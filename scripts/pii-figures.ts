// Prints the PII check's precision and recall on tests/fixtures/pii-labelled.json (tuned on)
// and pii-holdout.json (never tuned on), with every
// miss and false flag, so a change to shared/export/pii.ts can be judged. Run: npx tsx scripts/pii-figures.ts
import { loadLabelledNotes, scorePii } from '../tests/helpers/piiScore';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const set of ['labelled', 'holdout'] as const) {
  const score = scorePii(loadLabelledNotes(set));
  console.log(`\n${set}: ${score.notes} notes, ${score.expected} labelled items`);
  console.log(
    `precision ${pct(score.precision)} (${score.truePositives}/${score.truePositives + score.falsePositives.length}), recall ${pct(score.recall)} (${score.truePositives}/${score.expected})`,
  );
  for (const m of score.misses) console.log(`  missed ${m.kind} "${m.missed}" in: ${m.text}`);
  for (const f of score.falsePositives) console.log(`  false ${f.kind} "${f.flagged}" in: ${f.text}`);
}
