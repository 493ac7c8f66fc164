// k-fold cross-validation of the fitted analyzer on the shared dev postings: fit on k−1 folds
// (each posting with its title and with its title removed and role nouns masked), analyse the
// held-out fold, and keep every held-out answer. No figure here comes from a row the weights saw.
import {
  type Analysis,
  COLUMN_OF_ROLE,
  type ConfidenceBand,
  confidenceBand,
  createAnalyzer,
  LEXICON,
  type RoleId,
} from '@rolefit/core';
import { WRITTEN_TITLE_WEIGHT } from '../src/analyze-model.ts';
import { compileLexicon } from '../src/compile-lexicon.ts';
import {
  FIT_DEFAULTS,
  type FitOptions,
  type FittedWeights,
  featuresWith,
  fitWeights,
  rowOf,
  stratifiedFolds,
} from './fit.ts';
import { type Posting, postingText } from './postings.ts';

/** One held-out answer. */
export type HeldOut = {
  id: string;
  label: RoleId;
  labelSource: Posting['label_source'];
  withTitle: boolean;
  role: RoleId | null;
  between: Analysis['between'];
  split: Analysis['split'];
  confidence: number;
  band: ConfidenceBand;
  flags: string[];
  fold: number;
};

/** The features of every posting in both readings, computed once with the written lexicon. */
export function postingFeatures(postings: readonly Posting[]) {
  const compiled = compileLexicon(LEXICON);
  return postings.map((p) => ({
    withTitle: featuresWith(postingText(p, true), compiled),
    masked: featuresWith(postingText(p, false), compiled),
  }));
}

/** Fit on the given postings (both readings of each). */
export function fitOn(
  postings: readonly Posting[],
  features: ReturnType<typeof postingFeatures>,
  indices: readonly number[],
  options: FitOptions = FIT_DEFAULTS,
): FittedWeights {
  const rows = indices.flatMap((i) => {
    const p = postings[i] as Posting;
    const f = features[i] as (typeof features)[number];
    return [rowOf(f.withTitle, p.label), rowOf(f.masked, p.label)];
  });
  return fitWeights(LEXICON, WRITTEN_TITLE_WEIGHT, rows, options);
}

/** An analyzer over fitted weights. */
export function analyzerFor(weights: FittedWeights) {
  return createAnalyzer({
    lexicon: LEXICON.map((e, i) => ({ ...e, weight: weights.entries[i] ?? e.weight })),
    titleWeight: weights.title,
  });
}

/** Every posting answered once with its title and once without, each by a model that never saw it. */
export function crossValidate(
  postings: readonly Posting[],
  k = 5,
  options: FitOptions = FIT_DEFAULTS,
): HeldOut[] {
  const features = postingFeatures(postings);
  const folds = stratifiedFolds(
    postings.map((p) => p.label),
    k,
  );
  const out: HeldOut[] = [];
  folds.forEach((fold, f) => {
    const held = new Set(fold);
    const train = postings.map((_, i) => i).filter((i) => !held.has(i));
    const analyzer = analyzerFor(fitOn(postings, features, train, options));
    for (const i of fold) {
      const p = postings[i] as Posting;
      for (const withTitle of [true, false]) {
        const r = analyzer(postingText(p, withTitle));
        if (!r.ok) throw new Error(`${p.id}: ${r.error.message}`);
        const a = r.value;
        out.push({
          id: p.id,
          label: p.label,
          labelSource: p.label_source,
          withTitle,
          role: a.role,
          between: a.between,
          split: a.split,
          confidence: a.confidence,
          band: confidenceBand(a.confidence),
          flags: a.flags.map((x) => x.code),
          fold: f,
        });
      }
    }
  });
  return out;
}

/** Right when the role names the labelled column. */
export const isRight = (h: HeldOut) =>
  h.role !== null && COLUMN_OF_ROLE[h.role] === COLUMN_OF_ROLE[h.label];
