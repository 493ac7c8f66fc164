import type { Quiz, QuizResult } from '@rolefit/core';
import { REGIMES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { resultRubricLink } from '../rubric/rubric-link.ts';
import { type Child, h } from '../shared/h.ts';
import { answerPulls } from './answer-pulls.ts';
import { gradingColumns } from './grading-columns.ts';
import { resultActions } from './result-actions.ts';
import { resultChangesList } from './result-changes-view.ts';
import { resultHero } from './result-hero.ts';
import { cellFacts, titlingGrid } from './titling-grid.ts';
import { twoJobsView } from './two-jobs-view.ts';

const t = messages();

/**
 * A titled section of the result, below the answer card: closed until the reader opens it
 * (`open` for one that must be seen), and always open in print (print.css).
 */
const section = (id: string, title: string, ...children: Child[]) =>
  sectionOpen(false, id, title, ...children);
const sectionOpen = (open: boolean, id: string, title: string, ...children: Child[]) =>
  h(
    'details',
    { class: 'card result-section', open },
    h('summary', null, h('h2', { id }, title)),
    ...children,
  );

function titling(result: QuizResult) {
  const { cell, other, recommended } = result.regime;
  return section(
    'titling',
    t['result.titling.heading'](REGIMES[recommended].name),
    result.split && h('p', { class: 'note' }, t['result.titling.twoJobs']),
    // The verdict opens with its fit ("Works, because…"): no badge before it to say it twice.
    h('p', { class: 'lead' }, cell.verdict),
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
      h('h2', { id: 'grading' }, t['result.grading.twoJobs.heading']),
      twoJobsView(result.twoJobs, 'h2', result.dontGradeOn),
      resultRubricLink(result),
    );
  }
  return section(
    'grading',
    t['result.grading.heading'],
    gradingColumns(result),
    h('p', { class: 'note' }, t['result.grading.trap']),
    resultRubricLink(result),
  );
}

/** The whole result page for a result scored on `quiz`. */
export function resultView(quiz: Quiz, result: QuizResult, shareUrl: string): HTMLElement {
  // Two jobs in one changes what to do first, so its advice comes straight after the headline.
  const twoJobsFirst = result.twoJobs !== null;
  return h(
    'div',
    { class: 'wrap result' },
    resultHero(quiz, result),
    resultActions(result, shareUrl),
    twoJobsFirst && grading(result),
    // A title or metrics from another column is a warning: shown without a click.
    result.mismatches.length > 0 &&
      sectionOpen(
        true,
        'mismatches',
        t['result.mismatches.heading'],
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
      t['result.why.heading'],
      h('p', { class: 'note' }, t['result.why.note']),
      answerPulls(result.why),
    ),
    result.whatWouldChange.length > 0 &&
      section(
        'change',
        t['result.change.heading'],
        h('p', { class: 'note' }, t['result.change.note']),
        resultChangesList(quiz, result.whatWouldChange),
      ),
  );
}
