import type { TwoJobs } from '@rolefit/core';
import { ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';
import { columnWords } from './column-label.ts';
import { roleInSentence } from './role-words.ts';

const t = messages();

/** A way out, its short name (up to the first colon) in bold when it has one. */
function option(text: string) {
  const colon = text.indexOf(': ');
  if (colon < 0 || colon > 80) return h('li', null, text);
  return h('li', null, h('strong', null, text.slice(0, colon + 1)), ` ${text.slice(colon + 2)}`);
}

/**
 * The two-jobs advice: each part with its share of the week and what to grade it on, the risk,
 * and the ways out. With `dontGradeOn` it also says what not to grade on, so it can stand in for
 * a result's grading section. Used by the result page, the analyzer and the team dashboard.
 * @example twoJobsView(result.twoJobs, 'h2', result.dontGradeOn) // <div class="two-jobs">…</div>
 */
export function twoJobsView(
  advice: TwoJobs,
  headingLevel: 'h2' | 'h3' = 'h3',
  dontGradeOn?: readonly string[],
): HTMLElement {
  const sub = headingLevel === 'h2' ? 'h3' : 'h4';
  return h(
    'div',
    { class: 'two-jobs' },
    h('p', { class: 'lead' }, advice.summary),
    h(
      'div',
      { class: 'two-jobs-parts' },
      advice.parts.map((part) =>
        h(
          'div',
          { class: `two-jobs-part part-${part.column}` },
          h(sub, null, t['twoJobs.part'](ROLES[part.role].name)),
          h(
            'p',
            { class: 'part-share' },
            richText(t['twoJobs.share'](percent(part.share), columnWords(part.column)), {
              share: (text) => h('span', { class: 'part-share-number' }, text),
            }),
          ),
          h('p', { class: 'part-grade-title' }, t['twoJobs.gradePart'](roleInSentence(part.role))),
          h(
            'ul',
            { class: 'checks' },
            part.gradeOn.map((item) => h('li', null, item)),
          ),
        ),
      ),
    ),
    dontGradeOn &&
      dontGradeOn.length > 0 &&
      h(
        'div',
        { class: 'two-jobs-dont' },
        h(sub, null, t['twoJobs.dont']),
        h(
          'ul',
          { class: 'crosses' },
          dontGradeOn.map((item) => h('li', null, item)),
        ),
      ),
    h(
      'p',
      { class: 'two-jobs-risk' },
      richText(t['twoJobs.risk'](advice.risk), { strong: (text) => h('strong', null, text) }),
    ),
    h(sub, { class: 'two-jobs-ways' }, t['twoJobs.ways']),
    h('ol', { class: 'two-jobs-options' }, advice.options.map(option)),
  );
}
