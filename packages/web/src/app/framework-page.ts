import './styles/app.css';
import {
  COLUMNS,
  DIMENSIONS,
  GRID,
  REGIME_IDS,
  REGIMES,
  ROLE_IDS,
  ROLE_PROFILES,
  ROLES,
  WORK_KINDS,
} from '@rolefit/core';
import { type Child, h } from '../shared/h.ts';
import { mountSiteChrome } from './site-chrome.ts';
import { spectrumChart } from './spectrum-chart.ts';
import { cellFacts, fitBadge, titlingGrid } from './titling-grid.ts';

const main = mountSiteChrome('framework');

const section = (id: string, title: string, ...children: Child[]) =>
  h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);

const roleCards = h(
  'div',
  { class: 'role-cards' },
  ROLE_IDS.map((id) => {
    const role = ROLES[id];
    const { summary, aliases } = ROLE_PROFILES[id];
    return h(
      'article',
      { class: `role-card role-${role.column}` },
      h('h3', null, role.name),
      h('p', null, summary),
      h(
        'p',
        { class: 'note' },
        `Also called: ${aliases.filter((a) => a.toLowerCase() !== role.name.toLowerCase()).join(', ')}`,
      ),
    );
  }),
);

const dimensions = h(
  'div',
  { class: 'table-scroll', role: 'region', 'aria-labelledby': 'dimensions', tabindex: 0 },
  h(
    'table',
    { class: 'dimension-table' },
    h('caption', { class: 'visually-hidden' }, 'The three roles on each of the five dimensions'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('td'),
        ROLE_IDS.map((id) =>
          h('th', { scope: 'col', class: `col-${ROLES[id].column}` }, ROLES[id].name),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      DIMENSIONS.map((d) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, d.name),
          ROLE_IDS.map((id) => h('td', null, ROLE_PROFILES[id].profile[d.id])),
        ),
      ),
    ),
  ),
);

const grading = h(
  'div',
  { class: 'role-cards' },
  ROLE_IDS.map((id) => {
    const role = ROLES[id];
    return h(
      'article',
      { class: `role-card role-${role.column}` },
      h('h3', null, role.name),
      h('h4', null, 'Grade on'),
      h(
        'ul',
        { class: 'checks' },
        role.gradeOn.map((g) => h('li', null, g)),
      ),
      h('h4', null, 'Not on'),
      h(
        'ul',
        { class: 'crosses' },
        role.dontGradeOn.map((g) => h('li', null, g)),
      ),
    );
  }),
);

const cells = h(
  'div',
  { class: 'cell-rows' },
  COLUMNS.map((work) =>
    h(
      'div',
      { class: 'cell-row' },
      h(
        'h3',
        null,
        `${WORK_KINDS[work].name}: `,
        h('span', { class: 'muted' }, WORK_KINDS[work].summary),
      ),
      h(
        'div',
        { class: 'two-col' },
        REGIME_IDS.map((regime) => {
          const cell = GRID[work][regime];
          return h(
            'article',
            { class: `grid-cell fit-border-${cell.fit}` },
            h('h4', null, REGIMES[regime].name, ' ', fitBadge(cell.fit)),
            h('p', null, cell.verdict),
            cellFacts(cell, { example: true, compact: true }),
          );
        }),
      ),
    ),
  ),
);

const choose = h(
  'ol',
  { class: 'steps' },
  h(
    'li',
    null,
    h('strong', null, 'Describe the work, not the people. '),
    'Look at what fills most of the week: the question it answers, what it produces, what a good month improves, how long until you know, and whom you would hire for it.',
  ),
  h(
    'li',
    null,
    h('strong', null, 'Place it on the line. '),
    'Each of those five answers pulls toward one end or the middle. The result is a position, and near a boundary it honestly says “between”.',
  ),
  h(
    'li',
    null,
    h('strong', null, 'Find the centre of gravity. '),
    'For a team, combine everyone’s work. The kind of work with the largest share decides which row of the grid you are in.',
  ),
  h(
    'li',
    null,
    h('strong', null, 'Pick the regime from that row. '),
    'No regime is right in general; it is right for a kind of work. Whichever you pick, name the risk you accept and how you will keep it small.',
  ),
  h(
    'li',
    null,
    h('strong', null, 'Grade each role on its own column. '),
    'Staff the research engineer deliberately: under one title it is what everyone ends up doing, under separate tracks it is the bridge that carries results into production.',
  ),
);

document.title = 'The framework · rolefit';
main.replaceChildren(
  h(
    'div',
    { class: 'wrap framework' },
    h(
      'section',
      { class: 'hero', 'aria-labelledby': 'framework-title' },
      h('p', { class: 'eyebrow' }, 'The framework'),
      h('h1', { id: 'framework-title' }, 'Three roles on one line, two ways to title them'),
      h(
        'p',
        { class: 'lead' },
        'AI work is not one job. It runs from research that produces new knowledge, through the engineering that makes ideas testable at scale, to shipping known methods as reliable products. Where your work sits decides whom to hire, what to grade them on, and how to title the team.',
      ),
      spectrumChart(),
    ),
    section(
      'roles',
      'The spectrum: three anchor roles',
      h(
        'p',
        null,
        'Real work rarely sits exactly on an anchor. Treat the three roles as points on a line, and the work as a position between them.',
      ),
      roleCards,
    ),
    section(
      'dimensions',
      'Five dimensions, side by side',
      h(
        'p',
        null,
        'The roles differ on the same five things. The quiz asks one question about each, always about the work.',
      ),
      dimensions,
    ),
    section(
      'grading',
      'Grading, and the trap',
      h(
        'p',
        null,
        'Each role has its own measure of a good year. The trap is grading a role on another column’s metrics: uptime targets choke the exploration a research scientist was hired for, and paper counts say nothing about what a product engineer shipped. The research engineer fits neither column, which is why it is so often graded badly.',
      ),
      grading,
    ),
    section(
      'grid',
      'The grid: kind of work × titling regime',
      h(
        'p',
        null,
        'Two regimes: separate tracks, with their own titles and ladders, or one flat title for everyone. Each suits some kinds of work better than others.',
      ),
      titlingGrid(),
      cells,
    ),
    section(
      'choose',
      'How to choose',
      choose,
      h('p', null, h('a', { class: 'button primary', href: '/' }, 'Take the quiz')),
    ),
  ),
);
