import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { count, cssPercent } from '../shared/percent.ts';

const t = messages();

/** One page the responses came from (null: sent without one), and the quizzes completed there. */
export type SourceRow = { source: string | null; completions: number };

/**
 * The busiest pages as a table of bars. A page's address is drawn on one line, cut short with an
 * ellipsis where the column is too narrow for it; the cell keeps the whole address as its text
 * (what a screen reader reads) and as its title (what a pointer shows on hover). A canvas chart
 * could do neither. An address reads left to right in every language, Arabic included.
 */
export function sourceTable(caption: string, rows: readonly SourceRow[]): HTMLElement {
  const most = Math.max(1, ...rows.map((r) => r.completions));
  const bar = (share: number) => {
    const fill = h('span', { class: 'admin-bar' });
    // Through the CSSOM, as the CSP allows (no style attribute).
    fill.style.width = cssPercent(share);
    return h('span', { class: 'admin-bar-track', 'aria-hidden': 'true' }, fill);
  };
  return h(
    'table',
    { class: 'admin-sources' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t['admin.range.page']),
        h('th', { scope: 'col' }, t['admin.funnel.completed']),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((r) => {
        const page = r.source ?? t['admin.range.noPage'];
        const dir = r.source === null ? null : 'ltr';
        return h(
          'tr',
          null,
          h('th', { scope: 'row', class: 'admin-source', title: page, dir }, page),
          h(
            'td',
            null,
            h(
              'span',
              { class: 'admin-bar-row' },
              bar(r.completions / most),
              h('span', { class: 'admin-count' }, count(r.completions)),
            ),
          ),
        );
      }),
    ),
  );
}
