import type { TwoJobs } from '@rolefit/core';
import { gradingColumns } from '../app/grading-columns.ts';
import { cellFacts, titlingGrid } from '../app/titling-grid.ts';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { REGIMES, WORK_KINDS } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import type { PlacedAnalysis } from './placed-analysis.ts';

const t = messages();

/**
 * What to do with the placement: the grid cell for the text's dominant work (with a link to the
 * framework's grid), and what to grade the role on and not on.
 */
export function analysisAdvice(a: PlacedAnalysis): HTMLElement {
  const { cell, other, recommended } = a.regime;
  const work = WORK_KINDS[a.dominantWork].name;
  return h(
    'section',
    { class: 'card analysis-advice', 'aria-labelledby': 'analysis-advice' },
    h('h2', { id: 'analysis-advice' }, t['analyze.advice.heading']),
    a.split && h('p', { class: 'note' }, t['analyze.advice.twoJobs'](work)),
    h(
      'p',
      { class: 'lead' },
      t['analyze.advice.lead'](work, REGIMES[recommended].name),
      cell.verdict,
    ),
    cellFacts(cell, { other }),
    h(
      'div',
      {
        class: 'table-scroll',
        role: 'region',
        'aria-label': t['analyze.advice.grid.label'],
        tabindex: 0,
      },
      titlingGrid({ work: a.dominantWork, regime: recommended }),
    ),
    h(
      'p',
      null,
      richText(t['analyze.advice.grid.link'], {
        a: (text) => h('a', { href: withLanguage('/framework#grid') }, text),
      }),
    ),
    // Two jobs are graded part by part: the two-jobs card above says on what, and on what not.
    a.split
      ? h('p', null, t['analyze.advice.grading.twoJobs'])
      : gradingColumns(a, {
          on: t['analyze.advice.grading.on'],
          off: t['analyze.advice.grading.off'],
        }),
  );
}

/**
 * The two-jobs advice for a text that asks for both ends of the line with little bridge work:
 * each part with its share and what to grade it on, what not to, the risk, and the ways out.
 * @example a.twoJobs && analysisTwoJobs(a.twoJobs, a.dontGradeOn)
 */
export function analysisTwoJobs(advice: TwoJobs, dontGradeOn: readonly string[]): HTMLElement {
  return h(
    'section',
    {
      class: 'card two-jobs-card analysis-two-jobs',
      'aria-labelledby': 'analysis-two-jobs',
      'data-testid': 'analysis-two-jobs',
    },
    h('h2', { id: 'analysis-two-jobs' }, t['analyze.twoJobs.heading']),
    twoJobsView(advice, 'h2', dontGradeOn),
  );
}
