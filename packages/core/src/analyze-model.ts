import { LEXICON, type LexiconEntry } from './analyze-lexicon.ts';
import { FITTED_WEIGHTS } from './analyze-weights.ts';

/** What an analyzer reads with: phrase families with their column and weight, and what a title counts. */
export type AnalyzerModel = {
  lexicon: readonly LexiconEntry[];
  /** The evidence weight of a title that names a column ("Research Engineer, Pretraining"). */
  titleWeight: number;
};

/** The weight a title counts before any fitting: about one strong phrase. */
export const WRITTEN_TITLE_WEIGHT = 2;

/** Fitted weights as committed: the title's, and one per lexicon pattern. */
export type ModelWeights = { title: number; entries: Readonly<Record<string, number>> };

/**
 * A model from the lexicon with weights put in by pattern; entries without a weight keep their
 * written one.
 */
export function withWeights(weights: ModelWeights): AnalyzerModel {
  return {
    lexicon: LEXICON.map((e) => ({ ...e, weight: weights.entries[e.pattern] ?? e.weight })),
    titleWeight: weights.title,
  };
}

/** The committed model: the lexicon with the weights `npm run fit` wrote (see docs/validity.md). */
export const DEFAULT_MODEL: AnalyzerModel = withWeights(FITTED_WEIGHTS);
