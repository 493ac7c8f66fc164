import type { Portfolio, TwoJobs } from '@rolefit/core';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { decimal, percent } from '../shared/percent.ts';

const t = messages();

type Mix = Pick<Portfolio, 'position' | 'shares'>;

/**
 * Why the average misleads for a split team, in plain words: it lands in the middle, where the
 * grid would say "everyone is a research engineer in practice", but almost nobody works there.
 * @example whyNotTheMiddle(portfolio, t['team.twoJobs.whose'])
 */
export function whyNotTheMiddle(p: Mix, whose: string): HTMLElement {
  return h(
    'p',
    { class: 'why-not-middle' },
    t['team.twoJobs.why'](
      whose,
      decimal(p.position),
      percent(p.shares.rnd),
      percent(p.shares.research),
      percent(p.shares.product),
    ),
  );
}

/**
 * The dashboard card for a team whose work is split between the two ends: why it is not the
 * research-engineer middle, then the two-jobs advice (each part, the risk, the ways out).
 * @example teamTwoJobsCard(members.portfolio, members.portfolio.twoJobs)
 */
export function teamTwoJobsCard(p: Mix, advice: TwoJobs): HTMLElement {
  return h(
    'section',
    {
      class: 'card two-jobs-card team-two-jobs',
      'aria-labelledby': 'team-two-jobs',
      'data-testid': 'team-two-jobs',
    },
    h('p', { class: 'eyebrow' }, t['team.twoJobs.eyebrow']),
    h('h2', { id: 'team-two-jobs' }, t['team.twoJobs.heading']),
    whyNotTheMiddle(p, t['team.twoJobs.whose']),
    twoJobsView(advice, 'h2'),
  );
}
