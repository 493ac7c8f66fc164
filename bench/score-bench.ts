import { DEFAULT_QUIZ, score } from '@rolefit/core';

/** Time `fn` over enough runs for a stable mean; returns microseconds per call. */
export function timePerCall(fn: () => unknown, minMs = 500): number {
  for (let i = 0; i < 200; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (let i = 0; i < 100; i++) fn();
    runs += 100;
  }
  return ((performance.now() - start) * 1000) / runs;
}

/** Scoring one quiz, against the cheapest possible scorer (a weighted mean) as the baseline. */
export async function benchScore(): Promise<boolean> {
  const answers = Object.fromEntries(
    DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
  );
  const full = timePerCall(() => score(DEFAULT_QUIZ, answers));
  const baseline = timePerCall(() => {
    let sum = 0;
    for (const q of DEFAULT_QUIZ.questions) {
      const o = q.options.find((x) => x.id === answers[q.id]);
      if (o) sum += o.weights.rnd * 0.5 + o.weights.product;
    }
    return sum / DEFAULT_QUIZ.questions.length;
  });
  console.log(
    `score():            ${full.toFixed(1)} µs per result (includes "what would change it")`,
  );
  console.log(`weighted mean only: ${baseline.toFixed(2)} µs (baseline, same run)`);
  // No budget in PRODUCT.md for scoring alone; it only has to stay small beside ingest.
  return true;
}
