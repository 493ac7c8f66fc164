import type { Portfolio, TwoJobs } from '@rolefit/core';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';

type Mix = Pick<Portfolio, 'position' | 'shares'>;

/**
 * Why the average misleads for a split team, in plain words: it lands in the middle, where the
 * grid would say "everyone is a research engineer in practice", but almost nobody works there.
 * @example whyNotTheMiddle(portfolio, 'members’ answers')
 */
export function whyNotTheMiddle(p: Mix, whose: string): HTMLElement {
  return h(
    'p',
    { class: 'why-not-middle' },
    `Why not “research engineering”? The average of the ${whose} lands in the middle (${p.position.toFixed(2)}), where the advice for bridge work would be “everyone is a research engineer in practice”. But only ${percent(p.shares.rnd)} of the work is that bridge work; ${percent(p.shares.research)} is research and ${percent(p.shares.product)} is product. A team split between the two ends gets the two-jobs advice instead.`,
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
    h('p', { class: 'eyebrow' }, 'Split between the two ends'),
    h('h2', { id: 'team-two-jobs' }, 'Your team does two jobs, not one'),
    whyNotTheMiddle(p, 'members’ answers'),
    twoJobsView(advice, 'h2'),
  );
}
