import type { StatsReport } from '@rolefit/server/contract';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { count, percent } from '../shared/percent.ts';
import type { FieldFilter } from './owner-session.ts';

const t = messages();

/** One hidden field's name with its busiest values, as `GET /api/stats` reports them. */
export type FieldRow = StatsReport['fields'][number];

/** Whether `button` is the "Show only these" button of `filter`'s value (made by `fieldTable`). */
export const choosesFilter = (button: HTMLElement, filter: FieldFilter): boolean =>
  button.dataset.field === filter.name && button.dataset.value === filter.value;

/**
 * One hidden field as a heading and a table of its values: completions with their share of the
 * field's completions (one column, so the table fits a phone), and a button that limits the
 * dashboard to that value. A value is whatever a page
 * sent, so it is only ever text: drawn on one line and cut short with an ellipsis where the
 * column is too narrow, whole in the cell's text (for screen readers) and title (on hover), and
 * isolated in its own direction (`dir="auto"`), so a Latin value stays whole on an Arabic page.
 * `current` is the value the dashboard is limited to now, if it is one of this field's.
 */
export function fieldTable(
  field: FieldRow,
  current: FieldFilter | null,
  onChoose: (filter: FieldFilter) => void,
): HTMLElement {
  const { name } = field;
  return h(
    'div',
    { class: 'admin-field-group' },
    h(
      'div',
      { class: 'admin-field-head' },
      h('h3', { dir: 'ltr' }, name),
      h(
        'span',
        { class: 'muted small' },
        t['admin.fields.completions'](field.completions, count(field.completions)),
      ),
    ),
    h(
      'table',
      { class: 'admin-sources admin-values' },
      h('caption', { class: 'visually-hidden' }, t['admin.fields.caption'](name)),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t['admin.fields.value']),
          h('th', { scope: 'col' }, t['admin.fields.completed']),
          h(
            'th',
            { scope: 'col' },
            h('span', { class: 'visually-hidden' }, t['admin.fields.filter']),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        field.values.map(({ value, completions }) => {
          const chosen = current?.name === name && current.value === value;
          return h(
            'tr',
            { class: chosen ? 'is-current' : null },
            h('th', { scope: 'row', class: 'admin-value', title: value, dir: 'auto' }, value),
            h(
              'td',
              null,
              h('span', { class: 'admin-count' }, count(completions)),
              ' ',
              h(
                'span',
                { class: 'admin-share' },
                t['admin.fields.share'](percent(completions / Math.max(1, field.completions))),
              ),
            ),
            h(
              'td',
              null,
              h(
                'button',
                {
                  class: 'button quiet admin-only',
                  type: 'button',
                  'aria-label': t['admin.fields.onlyLabel'](name, value),
                  'aria-current': chosen ? 'true' : null,
                  'data-field': name,
                  'data-value': value,
                  onclick: () => onChoose({ name, value }),
                },
                t['admin.fields.only'],
              ),
            ),
          );
        }),
      ),
    ),
    field.moreValues > 0 &&
      h(
        'p',
        { class: 'muted small admin-more' },
        t['admin.fields.more'](field.moreValues, count(field.moreValues)),
      ),
  );
}
