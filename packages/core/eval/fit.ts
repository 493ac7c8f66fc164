// Fitting the analyzer's phrase weights to labelled postings: a multinomial logistic model whose
// logit for a column is the evidence mass the analyzer itself computes for that column, so the
// fitted weights drop straight back into the lexicon. Weights stay non-negative (a phrase speaks
// for its own column or not at all) and are pulled toward the written weights (ridge toward a
// prior), which keeps phrases that the postings never use at their written weight.
import {
  COLUMN_OF_ROLE,
  COLUMNS,
  type Column,
  type LexiconEntry,
  type RoleId,
} from '@rolefit/core';
import { readText, titleColumn } from '../src/analyze.ts';
import type { CompiledLexicon } from '../src/compile-lexicon.ts';

/** One text as features: the summed hit factor of every lexicon entry in the work (not measures), and the column its title names. */
export type FitRow = { x: Float64Array; title: Column | null; label: Column };

/** Fitted weights: one per lexicon entry, and what a title that names a column counts for it. */
export type FittedWeights = { entries: number[]; title: number };

/** Fitting settings; the defaults are what `npm run fit` and `npm run eval` use. */
export type FitOptions = { lambda: number; iterations: number; rate: number };
export const FIT_DEFAULTS: FitOptions = { lambda: 0.05, iterations: 1500, rate: 0.05 };

/** A text's features with a compiled lexicon, in the analyzer's own reading of it. */
export function featuresWith(
  text: string,
  compiled: CompiledLexicon,
): { x: Float64Array; title: Column | null } {
  const x = new Float64Array(compiled.entries.length);
  const read = readText(text, compiled);
  for (const hit of read.hits) {
    if (!hit.measure) x[hit.entry] = (x[hit.entry] ?? 0) + hit.factor;
  }
  return { x, title: read.layout.title ? titleColumn(read.layout.title.text) : null };
}

/** A row from a text's features and its role label. */
export const rowOf = (f: { x: Float64Array; title: Column | null }, role: RoleId): FitRow => ({
  ...f,
  label: COLUMN_OF_ROLE[role],
});

/**
 * Fit non-negative weights for the lexicon on labelled rows: minimise the mean cross-entropy of
 * softmax(mass) plus λ·Σ(w − w₀)², by projected gradient descent with Adam steps.
 */
export function fitWeights(
  lexicon: readonly LexiconEntry[],
  titlePrior: number,
  rows: readonly FitRow[],
  options: FitOptions = FIT_DEFAULTS,
): FittedWeights {
  const n = lexicon.length;
  // The title's weight sits at index n; its column is the row's own.
  const prior = [...lexicon.map((e) => e.weight), titlePrior];
  const col = lexicon.map((e) => COLUMNS.indexOf(e.column));
  const w = prior.slice();
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const grad = new Float64Array(n + 1);
  const labels = rows.map((r) => COLUMNS.indexOf(r.label));
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as FitRow;
      const x = row.x;
      const mass = new Float64Array(3);
      const add = (c: number, amount: number) => {
        mass[c] = (mass[c] as number) + amount;
      };
      for (let i = 0; i < n; i++) {
        const xi = x[i] as number;
        if (xi !== 0) add(col[i] as number, (w[i] as number) * xi);
      }
      const titleCol = row.title === null ? -1 : COLUMNS.indexOf(row.title);
      if (titleCol >= 0) add(titleCol, w[n] as number);
      const top = Math.max(...mass);
      const e = [...mass].map((q) => Math.exp(q - top));
      const total = e.reduce((a, b) => a + b, 0);
      const p = e.map((q) => q / total);
      const y = labels[r] as number;
      for (let i = 0; i < n; i++) {
        const xi = x[i] as number;
        if (xi === 0) continue;
        const c = col[i] as number;
        grad[i] = (grad[i] as number) + ((p[c] as number) - (c === y ? 1 : 0)) * xi;
      }
      if (titleCol >= 0) {
        grad[n] = (grad[n] as number) + (p[titleCol] as number) - (titleCol === y ? 1 : 0);
      }
    }
    for (let i = 0; i <= n; i++) {
      const g =
        (grad[i] as number) / rows.length +
        2 * options.lambda * ((w[i] as number) - (prior[i] as number));
      m[i] = 0.9 * (m[i] as number) + 0.1 * g;
      v[i] = 0.999 * (v[i] as number) + 0.001 * g * g;
      const mh = (m[i] as number) / (1 - 0.9 ** t);
      const vh = (v[i] as number) / (1 - 0.999 ** t);
      w[i] = Math.max(0, (w[i] as number) - (options.rate * mh) / (Math.sqrt(vh) + 1e-8));
    }
  }
  const rounded = w.map((x) => Math.round(x * 1000) / 1000);
  return { entries: rounded.slice(0, n), title: rounded[n] as number };
}

/** Stratified folds: row indices split into k groups with each label spread evenly, fixed order. */
export function stratifiedFolds(labels: readonly string[], k: number): number[][] {
  const folds: number[][] = Array.from({ length: k }, () => []);
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => {
    byLabel.set(l, [...(byLabel.get(l) ?? []), i]);
  });
  let next = 0;
  for (const [, indices] of [...byLabel].sort(([a], [b]) => a.localeCompare(b))) {
    for (const i of indices) {
      (folds[next % k] as number[]).push(i);
      next++;
    }
  }
  return folds;
}
