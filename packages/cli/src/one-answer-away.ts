import { type Messages as CoreMessages, type QuizResult, rolesIn } from '@rolefit/core';
import type { Messages } from './messages/en.ts';

/**
 * "one answer away from AI engineer leading" when changing a single answer puts another role in
 * the lead, else "", with core's name for the role (`m`). Core's `changesToFlip` and `flipsTo` say it, as on the web's result page.
 * @example oneAnswerAway({ changesToFlip: 1, flipsTo: 'ai-engineer' }, en, coreEn) // 'one answer away from AI engineer leading'
 */
export function oneAnswerAway(
  result: Pick<QuizResult, 'changesToFlip' | 'flipsTo'>,
  t: Messages,
  m: CoreMessages,
): string {
  if (result.changesToFlip !== 1 || result.flipsTo === null) return '';
  return t['result.oneAnswerAway'](rolesIn(m)[result.flipsTo].name);
}
