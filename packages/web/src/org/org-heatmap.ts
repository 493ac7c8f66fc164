import { COLUMNS, type Column, type Shares } from '@rolefit/core';
import { COLUMN_LABEL } from '../app/column-label.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';
import { card } from '../teams/team-map-view.ts';
import type { OrgView, OrgViewTeam } from './org-api.ts';

const t = messages();

/** How strongly a cell is tinted: its share in tenths, a class org.css colours (no inline style). */
const heat = (share: number) => `heat-${Math.round(Math.min(1, Math.max(0, share)) * 10)}`;

/** A row's cells: each column's share as a number on a tint as strong as the share. */
function shareCells(shares: Shares) {
  const top = Math.max(...COLUMNS.map((c) => shares[c]));
  return COLUMNS.map((column: Column) =>
    h(
      'td',
      {
        class: `heat heat-${column} ${heat(shares[column])}${shares[column] === top ? ' top' : ''}`,
      },
      percent(shares[column]),
    ),
  );
}

/** "Not enough answers yet (2 of 3): contributes nothing", for a team below its minimum. */
export const notYet = (team: OrgViewTeam) => t['org.notYet'](team.responses, team.minResponses);

/**
 * The heatmap: one row per team (numbered as in the team list), one column per kind of work,
 * each cell its share in figures on a tint as strong as the share, and the whole org last.
 */
export function orgHeatmap(view: OrgView): HTMLElement {
  const rows = view.teams.map((team, i) =>
    h(
      'tr',
      { 'data-testid': 'heatmap-row' },
      h(
        'th',
        { scope: 'row' },
        h(
          'span',
          { class: 'org-row-name' },
          h('span', { class: 'org-number' }, String(i + 1)),
          h('span', { class: 'team-name' }, team.name),
        ),
      ),
      team.centre
        ? shareCells(team.centre.shares)
        : h('td', { colspan: COLUMNS.length, class: 'muted' }, notYet(team)),
    ),
  );
  const whole =
    view.centre &&
    h(
      'tfoot',
      null,
      h(
        'tr',
        { 'data-testid': 'heatmap-whole' },
        h('th', { scope: 'row' }, t['org.heatmap.whole']),
        shareCells(view.centre.shares),
      ),
    );
  return card(
    'org-heatmap',
    t['org.heatmap.heading'],
    h(
      'div',
      { class: 'org-heatmap-wrap' },
      h(
        'table',
        { class: 'org-heatmap' },
        h('caption', { class: 'note' }, t['org.heatmap.caption']),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t['org.heatmap.team']),
            COLUMNS.map((c) => h('th', { scope: 'col', class: `heat-head-${c}` }, COLUMN_LABEL[c])),
          ),
        ),
        h('tbody', null, rows),
        whole,
      ),
    ),
  );
}
