/**
 * An answer pulls strongly when its pull is at least this fraction of the largest pull one answer
 * can have; less is a slight pull.
 */
export const STRONG_PULL = 0.75;

/**
 * The largest pull one answer can have in a quiz of `questions` scored questions: half the line
 * (from the middle to an end), shared over the questions.
 * @example maxPull(5) // 0.1
 */
export function maxPull(questions: number): number {
  return 0.5 / questions;
}

/**
 * How strongly an answer pulls (its `pull` in a result's `why`), in a quiz of `questions`.
 * @example pullStrength(0.1, 5) // 'strong'
 */
export function pullStrength(pull: number, questions: number): 'strong' | 'slight' | 'none' {
  if (Math.abs(pull) < 1e-9) return 'none';
  return Math.abs(pull) >= maxPull(questions) * STRONG_PULL ? 'strong' : 'slight';
}
