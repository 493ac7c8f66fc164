import { pullStrength } from '@rolefit/core';
import type { Messages } from './messages/en.ts';

/**
 * Which way and how strongly one answer pulls (its `pull` in a result's `why`), in words rather
 * than a signed number: core's `pullStrength` grades it against the largest pull one of the
 * `questions` answers can have, as the web's result page does.
 * @example pullWords(-0.1, 5, en) // 'pulls strongly toward the research end'
 */
export function pullWords(pull: number, questions: number, t: Messages): string {
  const strength = pullStrength(pull, questions);
  if (strength === 'none') return t['result.why.middle'];
  return t[`result.why.${strength}.${pull < 0 ? 'research' : 'product'}`];
}
