import { ROLE_IDS, type RoleId, type SpreadBand, spreadBand, staffingFor } from '@rolefit/core';
import { roleInSentence } from '../app/role-words.ts';
import { cellFacts, titlingGrid } from '../app/titling-grid.ts';
import { REGIMES, ROLES, WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { type Child, h } from '../shared/h.ts';
import { decimal, percent } from '../shared/percent.ts';
import type { TeamSummary } from './team-api.ts';
import { teamSpectrum } from './team-spectrum.ts';
import { teamTwoJobsCard } from './team-two-jobs.ts';

const t = messages();

type Members = NonNullable<TeamSummary['members']>;
type Placed = Pick<Members['portfolio'], 'role' | 'between' | 'split'>;
type Mix = Pick<Members['portfolio'], 'split' | 'shares' | 'dominantWork'>;

/** A titled card of the dashboard. */
export const card = (id: string, title: string, ...children: Child[]) =>
  h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);

/**
 * "Research engineer", "between research engineer and AI engineer", or, for work at both ends,
 * "split between research scientist and AI engineer (two jobs)": role names as a sentence has them.
 */
export const placeName = (p: Placed) =>
  p.split
    ? t['team.place.twoJobs'](roleInSentence(p.split[0]), roleInSentence(p.split[1]))
    : p.between
      ? t['team.place.between'](roleInSentence(p.between[0]), roleInSentence(p.between[1]))
      : ROLES[p.role].name;

/** The dominant work in a sentence; for split work, both ends and the little bridge between. */
export const workWords = (p: Mix) =>
  p.split
    ? t['team.work.twoJobs'](
        percent(p.shares.research),
        percent(p.shares.product),
        percent(p.shares.rnd),
      )
    : t['team.work'](WORK_KINDS[p.dominantWork].name, WORK_KINDS[p.dominantWork].summary);

/** Core's spread bands, as the dashboard words them. */
const SPREAD_WORDS: Readonly<Record<SpreadBand, string>> = {
  tight: t['team.map.spread.tight'],
  moderate: t['team.map.spread.moderate'],
  wide: t['team.map.spread.wide'],
};

function staffing(mix: Record<RoleId, number>, people: number) {
  const out = h('p', { class: 'staffing-line', 'aria-live': 'polite' });
  const show = (n: number) => {
    const whole = staffingFor(mix, n);
    out.textContent = t['team.staffing.line'](
      n,
      ROLE_IDS.map((r) => t['team.staffing.role'](ROLES[r].name, whole[r])),
    );
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
          t['mix.legend'](ROLES[r].name, percent(mix[r])),
        ),
      ),
    ),
    h(
      'p',
      { class: 'inline-field' },
      h('label', { for: 'staffing-size' }, t['team.staffing.size']),
      size,
    ),
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
      t['team.map.heading'],
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
        t['team.map.legend'](summary.leadView !== null),
        p.split && t['team.map.legend.twoJobs'],
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, t['team.map.centre']),
        h(
          'dd',
          { 'data-testid': 'centre' },
          t['team.map.centre.value'](decimal(p.position), placeName(p)),
        ),
        h('dt', null, t['team.map.spread']),
        h(
          'dd',
          null,
          t['team.map.spread.value'](decimal(p.spread), SPREAD_WORDS[spreadBand(p.spread)]),
        ),
        h('dt', null, t['grid.work']),
        h('dd', { 'data-testid': 'dominant-work' }, workWords(p)),
        h('dt', null, t['team.map.roles']),
        h(
          'dd',
          null,
          t['team.map.roles.value'](
            ROLE_IDS.map((r) => t['team.map.roles.count'](ROLES[r].name, members.roles[r])),
          ),
        ),
      ),
    ),
    p.twoJobs && teamTwoJobsCard(p, p.twoJobs),
    card(
      'team-titling',
      t['result.titling.heading'](REGIMES[recommended].name),
      p.split &&
        h('p', { class: 'note' }, t['team.titling.twoJobs'](WORK_KINDS[p.dominantWork].name)),
      h('p', { class: 'lead' }, cell.verdict),
      cellFacts(cell, { other }),
      titlingGrid({ work: p.dominantWork, regime: recommended }),
    ),
    card(
      'team-staffing',
      t['team.staffing.heading'],
      h('p', { class: 'note' }, t['team.staffing.note']),
      staffing(p.staffingMix, n),
    ),
    card(
      'team-trap',
      t['team.trap.heading'],
      h(
        'p',
        { class: 'lead', 'data-testid': 'mismatches' },
        t['team.trap.counts'](members.mismatches.title, members.mismatches.review, n),
      ),
      h(
        'p',
        { class: 'note' },
        // A yardstick is how work is judged: the review metrics, not the title on the door.
        members.mismatches.review > 0
          ? t['team.trap.judged'](members.mismatches.review)
          : members.mismatches.title > 0
            ? t['team.trap.titleOnly'](members.mismatches.title)
            : t['team.trap.none'],
      ),
    ),
  ];
}
