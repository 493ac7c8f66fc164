import { type QuizResult, ROLES } from '@rolefit/core';
import type { Messages } from './messages/en.ts';

/**
 * "one answer away from AI engineer leading" when changing a single answer puts another role in
 * the lead, else "". Core's `changesToFlip` and `flipsTo` say it, as on the web's result page.
 * @example oneAnswerAway({ changesToFlip: 1, flipsTo: 'ai-engineer' }, en) // 'one answer away from AI engineer leading'
 */
export function oneAnswerAway(
  result: Pick<QuizResult, 'changesToFlip' | 'flipsTo'>,
  t: Messages,
): string {
  if (result.changesToFlip !== 1 || result.flipsTo === null) return '';
  return t['result.oneAnswerAway'](ROLES[result.flipsTo].name);
}
