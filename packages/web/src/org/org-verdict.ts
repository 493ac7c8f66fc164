import { cellFacts, fitBadge, titlingGrid } from '../app/titling-grid.ts';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { GRID, REGIMES, WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { type Child, h } from '../shared/h.ts';
import { decimal } from '../shared/percent.ts';
import { card, placeName, workWords } from '../teams/team-map-view.ts';
import { whyNotTheMiddle } from '../teams/team-two-jobs.ts';
import type { OrgView } from './org-api.ts';

const t = messages();

type Centre = NonNullable<OrgView['centre']>;
type Regime = NonNullable<OrgView['regime']>;

/**
 * The org's verdict: its centre of gravity, the titling regime it calls for, the risk that
 * regime accepts and how to manage it, all in core's words.
 */
export function orgVerdict(centre: Centre, regime: Regime): Child[] {
  const { cell, other, recommended } = regime;
  return [
    card(
      'org-verdict',
      t['org.verdict.heading'](REGIMES[recommended].name),
      h('p', { class: 'lead', 'data-testid': 'org-verdict' }, cell.verdict),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, t['team.map.centre']),
        h(
          'dd',
          { 'data-testid': 'org-centre' },
          t['team.map.centre.value'](decimal(centre.position), placeName(centre)),
        ),
        h('dt', null, t['grid.work']),
        h('dd', null, workWords(centre)),
      ),
      centre.split &&
        h('p', { class: 'note' }, t['org.verdict.twoJobs'](WORK_KINDS[centre.dominantWork].name)),
      cellFacts(cell, { other }),
      h(
        'div',
        { class: 'org-grid' },
        titlingGrid({ work: centre.dominantWork, regime: recommended }),
      ),
    ),
  ];
}

/** For an org split between the two ends: why it is not the middle, and core's two-jobs advice. */
export function orgTwoJobs(view: OrgView, centre: Centre): HTMLElement | null {
  if (!view.twoJobs) return null;
  return h(
    'section',
    { class: 'card two-jobs-card org-two-jobs', 'aria-labelledby': 'org-two-jobs' },
    h('p', { class: 'eyebrow' }, t['team.twoJobs.eyebrow']),
    h('h2', { id: 'org-two-jobs' }, t['org.twoJobs.heading']),
    whyNotTheMiddle(centre, t['org.twoJobs.whose']),
    twoJobsView(view.twoJobs, 'h2'),
  );
}

/**
 * The teams whose own work calls for the other regime than the org's: what their work would call
 * for, and what the org's regime risks for them and how to manage it (core's grid cell).
 */
export function orgAgainst(view: OrgView, regime: Regime): HTMLElement {
  const numbered = view.teams.map((team, i) => ({ team, number: i + 1 }));
  const against = numbered.filter(({ team }) => team.against && team.centre);
  const orgName = REGIMES[regime.recommended].name;
  return card(
    'org-against',
    t['org.against.heading'],
    against.length === 0
      ? h('p', { class: 'lead' }, t['org.against.none'](orgName))
      : [
          h('p', { class: 'note' }, t['org.against.lead'](orgName)),
          h(
            'ul',
            { class: 'org-against', 'data-testid': 'org-against' },
            against.map(({ team, number }) => {
              const own = team.centre as NonNullable<typeof team.centre>;
              const underOrg = GRID[own.dominantWork][regime.recommended];
              return h(
                'li',
                null,
                h(
                  'p',
                  { class: 'org-against-name' },
                  h('span', { class: 'org-number', 'aria-hidden': 'true' }, String(number)),
                  h('strong', { class: 'team-name' }, team.name),
                ),
                h(
                  'p',
                  null,
                  t['org.against.team'](
                    WORK_KINDS[own.dominantWork].name,
                    REGIMES[own.regime].name,
                    orgName,
                  ),
                  ' ',
                  fitBadge(underOrg.fit),
                ),
                cellFacts(underOrg, { compact: true }),
              );
            }),
          ),
        ],
  );
}
