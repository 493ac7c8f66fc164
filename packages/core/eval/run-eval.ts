// `npm run eval`: how well the analyzer reads our labelled postings and rubrics, with and
// without their titles. Prints accuracy per column, a confusion matrix and flag precision/recall.
import { COLUMNS } from '@rolefit/core';
import { accuracy, type EvalRun, evaluate } from './evaluate.ts';
import { loadCases } from './load-cases.ts';

const pct = (n: number, d: number) =>
  d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(0).padStart(3)}%`;

function print(run: EvalRun) {
  console.log(`\n## ${run.name} (${run.total} cases)`);
  console.log(
    `overall: ${pct(run.acceptable, run.total)} (${run.acceptable}/${run.total}; exact role ${run.right}/${run.total})`,
  );
  for (const c of COLUMNS) {
    const s = run.perColumn[c];
    console.log(`  ${c.padEnd(9)} ${pct(s.right, s.total)} (${s.right}/${s.total})`);
  }
  console.log('\nconfusion (rows: label, columns: predicted)');
  console.log(`  ${''.padEnd(9)} ${COLUMNS.map((c) => c.padStart(9)).join('')}`);
  for (const label of COLUMNS) {
    const row = COLUMNS.map((p) => String(run.confusion[label][p]).padStart(9)).join('');
    console.log(`  ${label.padEnd(9)} ${row}`);
  }
  console.log('\nflags (precision / recall)');
  for (const [code, s] of Object.entries(run.flags)) {
    if (s.tp + s.fp + s.fn === 0) continue;
    console.log(
      `  ${code.padEnd(21)} precision ${pct(s.tp, s.tp + s.fp)}  recall ${pct(s.tp, s.tp + s.fn)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
  }
  const sameFlags = (a: string[], b: string[]) =>
    a.length === b.length && a.every((f) => b.includes(f));
  const misses = run.outcomes.filter((o) => !o.acceptable || !sameFlags(o.flags, o.expectedFlags));
  if (misses.length > 0) console.log('\nmisses');
  for (const o of misses) {
    const between = o.between ? ` (between ${o.between.join(' and ')})` : '';
    console.log(
      `  ${o.id.padEnd(12)} expected ${o.expected}, got ${o.role}${between}; flags [${o.flags.join(', ')}] expected [${o.expectedFlags.join(', ')}]`,
    );
  }
}

const cases = loadCases();
const runs = [evaluate(cases, true), evaluate(cases, false)];
for (const run of runs) print(run);
console.log(
  `\nsummary: ${runs.map((r) => `${r.name} ${(accuracy(r) * 100).toFixed(0)}%`).join(', ')}`,
);
