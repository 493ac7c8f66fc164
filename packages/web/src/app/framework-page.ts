import './styles/app.css';
import { COLUMNS, REGIME_IDS, ROLE_IDS } from '@rolefit/core';
import {
  DIMENSIONS,
  GRID,
  REGIMES,
  ROLE_PROFILES,
  ROLES,
  WORK_KINDS,
} from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { rubricPath } from '../rubric/rubric-choice.ts';
import { type Child, h } from '../shared/h.ts';
import { roleInSentence } from './role-words.ts';
import { mountSiteChrome } from './site-chrome.ts';
import { spectrumChart } from './spectrum-chart.ts';
import { cellFacts, fitBadge, titlingGrid } from './titling-grid.ts';

const t = messages();

const main = mountSiteChrome('framework');
const strong = { strong: (text: string) => h('strong', null, text) };

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
        t['framework.roles.aliases'](
          aliases.filter((a) => a.toLowerCase() !== role.name.toLowerCase()),
        ),
      ),
    );
  }),
);

const dimensions = h(
  'div',
  // Named by its caption, not the section's heading: two regions with one name are one too many.
  { class: 'table-scroll', role: 'region', 'aria-labelledby': 'dimensions-caption', tabindex: 0 },
  h(
    'table',
    { class: 'dimension-table' },
    h(
      'caption',
      { class: 'visually-hidden', id: 'dimensions-caption' },
      t['framework.dimensions.caption'](ROLE_IDS.length, DIMENSIONS.length),
    ),
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
          // The role's name rides on each cell, for the stacked layout a phone gets.
          ROLE_IDS.map((id) =>
            h(
              'td',
              { 'data-role': ROLES[id].name, class: `col-${ROLES[id].column}` },
              ROLE_PROFILES[id].profile[d.id],
            ),
          ),
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
      h('h4', null, t['grading.on']),
      h(
        'ul',
        { class: 'checks' },
        role.gradeOn.map((g) => h('li', null, g)),
      ),
      h('h4', null, t['framework.grading.off']),
      h(
        'ul',
        { class: 'crosses' },
        role.dontGradeOn.map((g) => h('li', null, g)),
      ),
      h(
        'p',
        { class: 'rubric-link no-print' },
        h(
          'a',
          { href: withLanguage(rubricPath(id)) },
          t['framework.grading.rubric'](roleInSentence(id)),
        ),
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
        richText(t['framework.grid.row'](WORK_KINDS[work].name, WORK_KINDS[work].summary), {
          summary: (text) => h('span', { class: 'muted' }, text),
        }),
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
  [
    t['framework.choose.describe'],
    t['framework.choose.place'](DIMENSIONS.length),
    t['framework.choose.centre'],
    t['framework.choose.regime'],
    t['framework.choose.grade'],
  ].map((step) => h('li', null, richText(step, strong))),
);

document.title = t['page.title'](t['page.framework.title']);
main.replaceChildren(
  h(
    'div',
    { class: 'wrap framework' },
    h(
      'section',
      { class: 'hero', 'aria-labelledby': 'framework-title' },
      h('p', { class: 'eyebrow' }, t['page.framework.title']),
      h('h1', { id: 'framework-title' }, t['framework.title'](ROLE_IDS.length, REGIME_IDS.length)),
      h('p', { class: 'lead' }, t['framework.lead']),
      spectrumChart(),
    ),
    section(
      'roles',
      t['framework.roles.heading'](ROLE_IDS.length),
      h('p', null, t['framework.roles.lead'](ROLE_IDS.length)),
      roleCards,
    ),
    section(
      'dimensions',
      t['framework.dimensions.heading'](DIMENSIONS.length),
      h('p', null, t['framework.dimensions.lead'](DIMENSIONS.length)),
      dimensions,
    ),
    section(
      'grading',
      t['framework.grading.heading'],
      h('p', null, t['framework.grading.lead']),
      grading,
    ),
    section(
      'grid',
      t['framework.grid.heading'],
      h('p', null, t['framework.grid.lead'](REGIME_IDS.length)),
      titlingGrid(),
      cells,
    ),
    section(
      'choose',
      t['framework.choose.heading'],
      choose,
      h(
        'p',
        null,
        h('a', { class: 'button primary', href: withLanguage('/') }, t['notFound.quiz']),
      ),
    ),
  ),
);
