// The kept method over the vectors THEMES_VECTORS names (scripts/bench/themesModels.ts runs it
// once per model): its threshold, and α (embedding against shared words), tuned on the training
// events, then scored once on the held-out events.
// Usage: THEMES_VECTORS=tests/fixtures/themes/embeddings-minilm.json npx tsx scripts/bench/themesModelsKept.ts
import { report, run } from './themesSearch';

for (const alpha of [0.7, 0.85, 1]) console.log(report(run({ name: `kept, α ${alpha}`, settings: { alpha } })));
