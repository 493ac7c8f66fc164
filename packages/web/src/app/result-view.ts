import { type QuizResult, REGIMES } from '@rolefit/core';
import { type Child, h } from '../shared/h.ts';
import { answerPulls } from './answer-pulls.ts';
import { gradingColumns } from './grading-columns.ts';
import { resultActions } from './result-actions.ts';
import { resultChangesList } from './result-changes-view.ts';
import { resultHero } from './result-hero.ts';
import { cellFacts, fitBadge, titlingGrid } from './titling-grid.ts';
import { twoJobsView } from './two-jobs-view.ts';

/** A titled section of the result. */
const section = (id: string, title: string, ...children: Child[]) =>
  h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);

const TRAP =
  'Judging a role by another column’s metrics is the common trap: a research scientist on uptime, a product engineer on papers.';

function titling(result: QuizResult) {
  const { cell, other, recommended } = result.regime;
  return section(
    'titling',
    `Titling: ${REGIMES[recommended].name.toLowerCase()}`,
    result.split &&
      h(
        'p',
        { class: 'note' },
        'This is the grid row of the larger part. With two jobs in one, settle the ways out above first: split roles each get their own row.',
      ),
    h('p', { class: 'lead' }, fitBadge(cell.fit), ' ', cell.verdict),
    cellFacts(cell, { other, example: true }),
    titlingGrid({ work: result.dominantWork, regime: recommended }),
  );
}

/** What to grade on: one role's lists, or for two jobs each part's own, the risk and the ways out. */
function grading(result: QuizResult) {
  if (result.twoJobs) {
    return h(
      'section',
      { class: 'card two-jobs-card', 'aria-labelledby': 'grading' },
      h('h2', { id: 'grading' }, 'Two jobs in one: how to grade them, and the ways out'),
      twoJobsView(result.twoJobs, 'h2', result.dontGradeOn),
    );
  }
  return section(
    'grading',
    'How to grade this role',
    gradingColumns(result),
    h('p', { class: 'note' }, TRAP),
  );
}

/** The whole result page for a scored quiz. */
export function resultView(result: QuizResult, shareUrl: string): HTMLElement {
  // Two jobs in one changes what to do first, so its advice comes straight after the headline.
  const twoJobsFirst = result.twoJobs !== null;
  return h(
    'div',
    { class: 'wrap result' },
    resultHero(result),
    resultActions(result, shareUrl),
    twoJobsFirst && grading(result),
    result.mismatches.length > 0 &&
      section(
        'mismatches',
        'Check today’s title and metrics',
        h(
          'ul',
          { class: 'mismatches' },
          result.mismatches.map((m) => h('li', null, m.message)),
        ),
      ),
    titling(result),
    !twoJobsFirst && grading(result),
    section(
      'why',
      'Why: how each answer pulled',
      h(
        'p',
        { class: 'note' },
        'Left of centre pulls toward the research scientist end, right toward the AI engineer end.',
      ),
      answerPulls(result.why),
    ),
    result.whatWouldChange.length > 0 &&
      section(
        'change',
        'What would change the result',
        h(
          'p',
          { class: 'note' },
          'For each other role, the fewest answer changes after which the result names that role alone: not between two roles, not two jobs.',
        ),
        resultChangesList(result.whatWouldChange),
      ),
  );
}
