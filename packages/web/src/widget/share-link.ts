import type { Answers, Quiz } from '@rolefit/core/quiz-schema';
import { encodeAnswers } from '@rolefit/core/share-code';

/**
 * The "see the full result" link: `base` (the `result-url` attribute) with the answers' share
 * code. A chunk of its own beside embed.js, fetched only when `result-url` is set: following the
 * link needs the network anyway, so a widget without one never loads it.
 * @example fullResultHref('/result', quiz, answers) // 'https://rolefit.example/result?a=1-02413'
 */
export function shareHref(base: string, quiz: Quiz, answers: Answers): string {
  const url = new URL(base, location.href);
  url.searchParams.set('a', encodeAnswers(quiz, answers));
  return url.href;
}
