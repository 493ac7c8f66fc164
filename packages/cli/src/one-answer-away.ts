import { type QuizResult, ROLES } from '@rolefit/core';

/**
 * "one answer away from AI engineer leading" when changing a single answer puts another role in
 * the lead, else "". Core's `changesToFlip` and `flipsTo` say it, as on the web's result page.
 * @example oneAnswerAway({ changesToFlip: 1, flipsTo: 'ai-engineer' }) // 'one answer away from AI engineer leading'
 */
export function oneAnswerAway(result: Pick<QuizResult, 'changesToFlip' | 'flipsTo'>): string {
  if (result.changesToFlip !== 1 || result.flipsTo === null) return '';
  return `one answer away from ${ROLES[result.flipsTo].name} leading`;
}
