// `npm run eval`: the validity report. Scores every answer set of the quiz, our own labelled
// cases, and the shared dev postings cross-validated; prints the report and writes docs/validity.md.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crossValidate } from './cross-validate.ts';
import { evaluate } from './evaluate.ts';
import { loadCases } from './load-cases.ts';
import { loadPostings, postingsDir } from './postings.ts';
import { quizCensus } from './quiz-census.ts';
import { FOLDS } from './run-eval-settings.ts';
import { validityReport } from './validity-report.ts';

const cases = loadCases();
const postings = loadPostings();
if (!postings)
  console.warn(`no postings-dev.jsonl in ${postingsDir()}: the dev-set section is skipped`);
const report = validityReport({
  census: quizCensus(),
  ownCases: [evaluate(cases, true), evaluate(cases, false)],
  dev: postings
    ? { heldOut: crossValidate(postings, FOLDS), folds: FOLDS, postings: postings.length }
    : null,
});
console.log(report);
if (postings) {
  const target = fileURLToPath(new URL('../../../docs/validity.md', import.meta.url));
  writeFileSync(target, report);
  console.log(`wrote ${target}`);
}
