import { COLUMNS, type Shares } from '@rolefit/core';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { cssPercent, percent } from '../shared/percent.ts';
import { COLUMN_LABEL } from './column-label.ts';

const t = messages();

/** The work's shares as the app's mix bar, with a legend that says the numbers. */
export function sharesBar(shares: Shares, label: string): HTMLElement {
  const bar = h('div', { class: 'mix-bar', 'aria-hidden': 'true' });
  for (const column of COLUMNS) {
    if (shares[column] <= 0) continue;
    const piece = h('span', { class: `mix-${column}` });
    piece.style.width = cssPercent(shares[column]);
    bar.append(piece);
  }
  return h(
    'div',
    { class: 'mix' },
    bar,
    h(
      'ul',
      { class: 'mix-legend', 'aria-label': label },
      COLUMNS.map((column) =>
        h(
          'li',
          null,
          h('span', { class: `swatch mix-${column}`, 'aria-hidden': 'true' }),
          t['mix.legend'](COLUMN_LABEL[column], percent(shares[column])),
        ),
      ),
    ),
  );
}
