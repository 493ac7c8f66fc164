import {
  REGIMES,
  ROLE_IDS,
  ROLES,
  type RoleId,
  type SpreadBand,
  spreadBand,
  staffingFor,
  WORK_KINDS,
} from '@rolefit/core';
import { cellFacts, fitBadge, titlingGrid } from '../app/titling-grid.ts';
import { type Child, h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';
import type { TeamSummary } from './team-api.ts';
import { teamSpectrum } from './team-spectrum.ts';
import { teamTwoJobsCard } from './team-two-jobs.ts';

type Members = NonNullable<TeamSummary['members']>;
type Placed = Pick<Members['portfolio'], 'role' | 'between' | 'split'>;
type Mix = Pick<Members['portfolio'], 'split' | 'shares' | 'dominantWork'>;

/** A titled card of the dashboard. */
export const card = (id: string, title: string, ...children: Child[]) =>
  h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);

/**
 * "Research engineer", "between Research engineer and AI engineer", or, for work at both ends,
 * "split between Research scientist and AI engineer (two jobs)".
 */
export const placeName = (p: Placed) =>
  p.split
    ? `split between ${ROLES[p.split[0]].name} and ${ROLES[p.split[1]].name} (two jobs)`
    : p.between
      ? `between ${ROLES[p.between[0]].name} and ${ROLES[p.between[1]].name}`
      : ROLES[p.role].name;

/** The dominant work in a sentence; for split work, both ends and the little bridge between. */
export const workWords = (p: Mix) =>
  p.split
    ? `Both ends: ${percent(p.shares.research)} research and ${percent(p.shares.product)} product work, with ${percent(p.shares.rnd)} bridge (R&D) work between them.`
    : `${WORK_KINDS[p.dominantWork].name}. ${WORK_KINDS[p.dominantWork].summary}`;

/** Core's spread bands, as the dashboard words them. */
const SPREAD_WORDS: Readonly<Record<SpreadBand, string>> = {
  tight: 'tight: most people do similar work',
  moderate: 'moderate',
  wide: 'wide: the team spans the spectrum',
};

function staffing(mix: Record<RoleId, number>, people: number) {
  const out = h('p', { class: 'staffing-line', 'aria-live': 'polite' });
  const show = (n: number) => {
    const whole = staffingFor(mix, n);
    out.textContent = `For ${n} ${n === 1 ? 'person' : 'people'}: ${ROLE_IDS.map((r) => `${ROLES[r].name} ${whole[r]}`).join(' · ')}.`;
  };
  const size = h('input', {
    id: 'staffing-size',
    type: 'number',
    min: 1,
    max: 500,
    value: people,
    oninput: (e) => {
      const n = Number((e.target as HTMLInputElement).value);
      if (Number.isInteger(n) && n >= 1 && n <= 500) show(n);
    },
  });
  show(people);
  return h(
    'div',
    null,
    h(
      'ul',
      { class: 'mix-legend' },
      ROLE_IDS.map((r) =>
        h(
          'li',
          null,
          h('span', { class: `swatch mix-${ROLES[r].column}`, 'aria-hidden': 'true' }),
          `${ROLES[r].name} ${percent(mix[r])}`,
        ),
      ),
    ),
    h('p', { class: 'inline-field' }, h('label', { for: 'staffing-size' }, 'Team size'), size),
    out,
  );
}

/** The members' map: spectrum with dots, centre and spread, grid verdict, staffing, mismatches. */
export function teamMapView(summary: TeamSummary, members: Members): Child[] {
  const p = members.portfolio;
  // The answers the map is drawn from: the released batches, not every answer in so far.
  const n = summary.released;
  const { cell, other, recommended } = p.regime;
  return [
    card(
      'team-map',
      'Where the team’s work sits',
      teamSpectrum({
        centre: p.position,
        spread: p.spread,
        positions: members.positions,
        lead: summary.leadView?.position,
        split: p.split !== null,
      }),
      h(
        'p',
        { class: 'legend muted' },
        'Each dot is one member, with no name and in no order. The band shows the spread around the centre of gravity',
        summary.leadView ? '; the ring is your own view.' : '.',
        p.split
          ? ' With the team split between the two ends, the centre is only an average: few members work near it.'
          : '',
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, 'Centre of gravity'),
        h('dd', { 'data-testid': 'centre' }, `${p.position.toFixed(2)}: ${placeName(p)}`),
        h('dt', null, 'Spread'),
        h('dd', null, `${p.spread.toFixed(2)}, ${SPREAD_WORDS[spreadBand(p.spread)]}`),
        h('dt', null, 'Dominant work'),
        h('dd', { 'data-testid': 'dominant-work' }, workWords(p)),
        h('dt', null, 'Answers by role'),
        h('dd', null, ROLE_IDS.map((r) => `${ROLES[r].name}: ${members.roles[r]}`).join(' · ')),
      ),
    ),
    p.twoJobs && teamTwoJobsCard(p, p.twoJobs),
    card(
      'team-titling',
      `Titling: ${REGIMES[recommended].name.toLowerCase()}`,
      p.split &&
        h(
          'p',
          { class: 'note' },
          `With the team split, this row is half the picture: it is the grid row of ${WORK_KINDS[p.dominantWork].name.toLowerCase()} work, one of the two ends. Read it beside the two-jobs advice above.`,
        ),
      h('p', { class: 'lead' }, fitBadge(cell.fit), ' ', cell.verdict),
      cellFacts(cell, { other }),
      titlingGrid({ work: p.dominantWork, regime: recommended }),
    ),
    card(
      'team-staffing',
      'A staffing mix that follows the work',
      h(
        'p',
        { class: 'note' },
        'The share of people in each role follows the share of effort in each column. Change the team size to see whole people.',
      ),
      staffing(p.staffingMix, n),
    ),
    card(
      'team-trap',
      'The wrong-column trap',
      h(
        'p',
        { class: 'lead', 'data-testid': 'mismatches' },
        `${members.mismatches.title} of ${n} hold a title from another column than their work; ${members.mismatches.review} of ${n} are reviewed on another column’s metrics.`,
      ),
      h(
        'p',
        { class: 'note' },
        members.mismatches.total > 0
          ? `${members.mismatches.total} ${members.mismatches.total === 1 ? 'person is' : 'people are'} judged by a yardstick their work does not aim at. Grading research on uptime, or product work on papers, pushes people toward the wrong work.`
          : 'Nobody who answered the optional questions is titled or reviewed against another column. Only people who answered them count here.',
      ),
    ),
  ];
}
