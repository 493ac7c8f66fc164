import { type Analysis, REGIMES, WORK_KINDS } from '@rolefit/core';
import { gradingColumns } from '../app/grading-columns.ts';
import { h } from '../app/h.ts';
import { cellFacts, fitBadge, titlingGrid } from '../app/titling-grid.ts';

/**
 * What to do with the placement: the grid cell for the text's dominant work (with a link to the
 * framework's grid), and what to grade the role on and not on.
 */
export function analysisAdvice(a: Analysis): HTMLElement {
  const { cell, other, recommended } = a.regime;
  return h(
    'section',
    { class: 'card analysis-advice', 'aria-labelledby': 'analysis-advice' },
    h('h2', { id: 'analysis-advice' }, 'Titling and grading for this work'),
    h(
      'p',
      { class: 'lead' },
      `${WORK_KINDS[a.dominantWork].name} work, ${REGIMES[recommended].name.toLowerCase()}: `,
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
    gradingColumns(a, { on: 'Grade this role on', off: 'Do not grade it on' }),
  );
}
