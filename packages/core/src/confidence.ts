import { round } from './round.ts';
/** How sure a result is, in words: the bands every surface shows. */
export const CONFIDENCE_BANDS = [
  { band: 'high', min: 0.75 },
  { band: 'moderate', min: 0.5 },
  { band: 'low', min: 0 },
] as const;
/** A confidence band. */
export type ConfidenceBand = (typeof CONFIDENCE_BANDS)[number]['band'];

/**
 * The band a confidence falls in.
 * @example confidenceBand(0.8) // 'high'
 */
export function confidenceBand(confidence: number): ConfidenceBand {
  for (const { band, min } of CONFIDENCE_BANDS) if (confidence >= min) return band;
  return 'low';
}

/** A lead of the dominant share over the next one this large (half the week) counts in full. */
export const FULL_MARGIN = 0.5;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * How stable a lead is, from its two signs: how much would have to change before another role
 * leads (`steps` out of `saturation`, full at `saturation` or more), and the margin of the
 * dominant share over the next one (full at `FULL_MARGIN` or more). The two count half each:
 *
 *   confidence = ½ · min(1, steps / saturation) + ½ · min(1, margin / FULL_MARGIN)
 *
 * With the quiz's saturation of 3, a result one answer from another role is at most
 * ½ · ⅓ + ½ = 0.67: never "high" (0.75), whatever its margin.
 * It rises with `steps` and with `margin` and never falls when either grows.
 * @example confidenceFrom(3, 3, 1) // 1: a pure answer set
 */
export function confidenceFrom(steps: number, saturation: number, margin: number): number {
  const stability = saturation <= 0 ? 1 : clamp01(steps / saturation);
  return round(0.5 * stability + 0.5 * clamp01(margin / FULL_MARGIN), 2);
}

/**
 * The quiz's confidence: `changes` is the fewest answer changes that give another role, out of
 * `questions`. Overturning a majority takes ceil(questions / 2) changes, so that many count in full.
 */
export function quizConfidence(changes: number, questions: number, margin: number): number {
  return confidenceFrom(changes, Math.ceil(questions / 2), margin);
}

/** A team's or a text's confidence from the margin alone: min(1, margin / FULL_MARGIN). */
export function marginConfidence(margin: number): number {
  return round(clamp01(margin / FULL_MARGIN), 2);
}
