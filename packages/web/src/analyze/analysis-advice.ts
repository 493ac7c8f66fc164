import { REGIMES, type TwoJobs, WORK_KINDS } from '@rolefit/core';
import { gradingColumns } from '../app/grading-columns.ts';
import { cellFacts, fitBadge, titlingGrid } from '../app/titling-grid.ts';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { h } from '../shared/h.ts';
import type { PlacedAnalysis } from './placed-analysis.ts';

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
    h('h2', { id: 'analysis-advice' }, 'Titling and grading for this work'),
    a.split &&
      h(
        'p',
        { class: 'note' },
        `This text holds two jobs, so the grid row below is half the picture: it is the row of ${work.toLowerCase()} work, the larger part. Read it beside the two-jobs advice above.`,
      ),
    h(
      'p',
      { class: 'lead' },
      `${work} work, ${REGIMES[recommended].name.toLowerCase()}: `,
      fitBadge(cell.fit),
      ' ',
      cell.verdict,
    ),
    cellFacts(cell, { other }),
    h(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-label': 'The titling grid', tabindex: 0 },
      titlingGrid({ work: a.dominantWork, regime: recommended }),
    ),
    h(
      'p',
      null,
      h('a', { href: '/framework#grid' }, 'Read the whole grid on the framework page'),
      ': how each kind of work fits each titling regime, with the risks to manage.',
    ),
    // Two jobs are graded part by part: the two-jobs card above says on what, and on what not.
    a.split
      ? h(
          'p',
          null,
          'What to grade each part on, and what not to, is in the two-jobs advice above.',
        )
      : gradingColumns(a, { on: 'Grade this role on', off: 'Do not grade it on' }),
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
    h('h2', { id: 'analysis-two-jobs' }, 'Two jobs in one role'),
    twoJobsView(advice, 'h2', dontGradeOn),
  );
}
