import type { Answers, Quiz } from '@rolefit/core/quiz-schema';
import { encodeAnswers } from '@rolefit/core/share-code';

/**
 * The "see the full result" link, `label` leading to `base` (the `result-url` attribute) with
 * the answers' share code. A chunk of its own beside embed.js, fetched only when `result-url` is
 * set: following the link needs the network anyway, so a widget without one never loads it. It
 * makes the link element too (with the DOM itself: a helper it shared with embed.js would be a
 * chunk of its own), so embed.js carries none of it.
 * @example shareLink('/result', quiz, answers, 'See the full result').href // '…/result?a=1-02413'
 */
export function shareLink(
  base: string,
  quiz: Quiz,
  answers: Answers,
  label: string,
): HTMLAnchorElement {
  const url = new URL(base, location.href);
  url.searchParams.set('a', encodeAnswers(quiz, answers));
  const link = document.createElement('a');
  link.className = 'primary';
  link.setAttribute('part', 'button full-result-link');
  link.href = url.href;
  link.textContent = label;
  return link;
}
