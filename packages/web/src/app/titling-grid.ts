import {
  COLUMNS,
  type Column,
  type Fit,
  GRID,
  REGIME_IDS,
  REGIMES,
  type RegimeId,
  WORK_KINDS,
} from '@rolefit/core';
import { h } from './h.ts';

/** The fit of a grid cell, as a word. */
export const FIT_WORD: Readonly<Record<Fit, string>> = {
  fits: 'Fits',
  works: 'Works',
  risky: 'Risky',
  overhead: 'Overhead',
};

/** A small coloured label for a fit. */
export const fitBadge = (fit: Fit) => h('span', { class: `fit fit-${fit}` }, FIT_WORD[fit]);

/**
 * The 3 × 2 grid (kind of work × titling regime) as a table, each cell saying how well the
 * regime suits the work; `mark` highlights this work's row and its recommended cell.
 */
export function titlingGrid(mark?: { work: Column; regime: RegimeId }): HTMLTableElement {
  return h(
    'table',
    { class: 'grid-table' },
    h('caption', { class: 'visually-hidden' }, 'How each titling regime suits each kind of work'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Dominant work'),
        REGIME_IDS.map((regime) => h('th', { scope: 'col' }, REGIMES[regime].name)),
      ),
    ),
    h(
      'tbody',
      null,
      COLUMNS.map((work) => {
        const here = mark?.work === work;
        return h(
          'tr',
          { class: here ? 'this-work' : null },
          h(
            'th',
            { scope: 'row' },
            h('span', { class: 'work-name' }, WORK_KINDS[work].name),
            here && h('span', { class: 'tag' }, 'This work'),
          ),
          REGIME_IDS.map((regime) => {
            const cell = GRID[work][regime];
            const chosen = here && mark?.regime === regime;
            return h(
              'td',
              { class: chosen ? 'chosen' : null },
              fitBadge(cell.fit),
              chosen && h('span', { class: 'tag strong' }, 'Recommended'),
            );
          }),
        );
      }),
    ),
  );
}
