// `npm run fit`: fit the analyzer's phrase weights on every shared dev posting (each with its title,
// and without it with role nouns masked) and write them to src/analyze-weights.ts. The accuracy
// of this procedure is what `npm run eval` reports, cross-validated; never score these weights
// on the postings they were fitted on.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICON } from '@rolefit/core';
import { fitOn, postingFeatures } from './cross-validate.ts';
import { loadPostings, postingsDir } from './postings.ts';

const postings = loadPostings();
if (!postings) {
  console.error(`rolefit fit: no postings-dev.jsonl in ${postingsDir()}; set ROLEFIT_EVAL_DIR`);
  process.exit(1);
}
const weights = fitOn(
  postings,
  postingFeatures(postings),
  postings.map((_, i) => i),
);
const entries = Object.fromEntries(
  LEXICON.map((e, i) => [e.pattern, weights.entries[i] ?? e.weight]),
);
const target = fileURLToPath(new URL('../src/analyze-weights.ts', import.meta.url));
const body = `import type { ModelWeights } from './analyze-model.ts';

// Written by \`npm run fit\` from ${postings.length} labelled postings; do not edit by hand.
// Each lexicon pattern's fitted weight (the written weight is the prior it was pulled toward).
export const FITTED_WEIGHTS: ModelWeights = ${JSON.stringify({ title: weights.title, entries }, null, 2)};
`;
writeFileSync(target, body);
const moved = LEXICON.filter(
  (e, i) => Math.abs((weights.entries[i] ?? e.weight) - e.weight) > 0.25,
);
console.log(
  `wrote ${target}: title weight ${weights.title}, ${LEXICON.length} entries, ${moved.length} moved by more than 0.25 from their written weight`,
);
