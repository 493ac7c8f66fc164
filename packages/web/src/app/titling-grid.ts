import {
  COLUMNS,
  type Column,
  type Fit,
  type GridCell,
  REGIME_IDS,
  type RegimeId,
} from '@rolefit/core';
import { GRID, REGIMES, WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';

const t = messages();

/** The fit of a grid cell, as a word. */
export const FIT_WORD: Readonly<Record<Fit, string>> = {
  fits: t['fit.fits'],
  works: t['fit.works'],
  risky: t['fit.risky'],
  overhead: t['fit.overhead'],
};

/** A small coloured label for a fit. */
export const fitBadge = (fit: Fit) => h('span', { class: `fit fit-${fit}` }, FIT_WORD[fit]);

/**
 * What a grid cell asks of you: the risk it accepts and how to manage it, with the real-world
 * example and the other regime's verdict when asked for.
 */
export function cellFacts(
  cell: GridCell,
  options: { other?: GridCell; example?: boolean; compact?: boolean } = {},
): HTMLElement {
  const { other, example = false, compact = false } = options;
  return h(
    'dl',
    { class: compact ? 'facts compact' : 'facts' },
    h('dt', null, t['grid.risk']),
    h('dd', null, cell.risk),
    h('dt', null, t['grid.manage']),
    h('dd', null, cell.manage),
    example && cell.example !== null && h('dt', null, t['grid.example']),
    example && cell.example !== null && h('dd', null, cell.example),
    other !== undefined && h('dt', null, t['grid.other'](REGIMES[other.regime].name)),
    other !== undefined && h('dd', null, other.verdict),
  );
}

/**
 * The 3 × 2 grid (kind of work × titling regime) as a table, each cell saying how well the
 * regime suits the work; `mark` highlights this work's row and its recommended cell.
 */
export function titlingGrid(mark?: { work: Column; regime: RegimeId }): HTMLTableElement {
  return h(
    'table',
    { class: 'grid-table' },
    h('caption', { class: 'visually-hidden' }, t['grid.caption']),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t['grid.work']),
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
            here && h('span', { class: 'tag' }, t['grid.thisWork']),
          ),
          REGIME_IDS.map((regime) => {
            const cell = GRID[work][regime];
            const chosen = here && mark?.regime === regime;
            return h(
              'td',
              { class: chosen ? 'chosen' : null },
              fitBadge(cell.fit),
              chosen && h('span', { class: 'tag strong' }, t['grid.recommended']),
            );
          }),
        );
      }),
    ),
  );
}
