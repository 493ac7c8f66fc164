import { type QuizResult, SPLIT_NAME } from '@rolefit/core';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { rubricPath } from './rubric-choice.ts';

const t = messages();

/**
 * The way from a result to its review rubric: the result's role (or, for two jobs in one, the
 * split) under the regime the result recommends, marked so on the page, in the page's language. Not printed: paper
 * can't follow a link.
 * @example resultRubricLink(result) // <p><a href="/rubric?role=ai-engineer&regime=flat">…</a></p>
 */
export function resultRubricLink(result: QuizResult): HTMLElement {
  const role = result.split ? SPLIT_NAME : result.role;
  return h(
    'p',
    { class: 'rubric-link no-print' },
    h(
      'a',
      {
        href: withLanguage(rubricPath(role, result.regime.recommended, result.regime.recommended)),
        'data-testid': 'rubric-link',
      },
      result.split ? t['result.rubric.twoJobs'] : t['result.rubric'],
    ),
  );
}
