import type { Shares } from './ids.ts';
import type { TwoJobs } from './quiz-result.ts';
import { type TwoJobsText, twoJobs } from './two-jobs.ts';

/** How a team holds two jobs: as two groups at the two ends, or as people who each hold both. */
export type TeamTwoJobsScope = 'team-groups' | 'team-everyone';

const SUMMARY = {
  'team-groups':
    'The team does work at both ends, research and product, with little bridge work between them. Its average lands in the middle, but almost nobody does middle work: this is not a research-engineering team.',
  'team-everyone':
    'Most people on the team hold both ends at once, open research and shipping product, with little bridge work: each of them is doing two jobs in one.',
};

const RISK = {
  'team-groups':
    "Results stall between the two groups, and one title or one ladder grades one group on the other's column.",
  'team-everyone':
    'Each person is graded on one column while doing two, and the long research bets lose to the next deadline.',
};

const OPTIONS = {
  'team-groups': [
    'Run two tracks with explicit interfaces between the groups: who hands what to whom, and when.',
    'Staff the bridge: research engineers who carry results from the research group into the product.',
    "Under one flat title, review each group on its own column and protect the research group's time from the roadmap.",
  ],
  'team-everyone': [
    'Split the roles: let some people own the research and others own what ships, each graded on their own column.',
    'Add the bridge: research engineers who turn results into something shippable, so nobody has to hold both ends.',
    'Where people keep both, agree how much of the week each part gets, and review each part on its own column.',
  ],
};

/** The team advice, kept out of `score` (and so out of the widget) because only teams use it. */
export const TEAM_TWO_JOBS: Readonly<Record<TeamTwoJobsScope, TwoJobsText>> = {
  'team-groups': {
    summary: SUMMARY['team-groups'],
    risk: RISK['team-groups'],
    options: OPTIONS['team-groups'],
  },
  'team-everyone': {
    summary: SUMMARY['team-everyone'],
    risk: RISK['team-everyone'],
    options: OPTIONS['team-everyone'],
  },
};

/** The two-jobs advice for a team's mix. */
export function teamTwoJobs(shares: Shares, scope: TeamTwoJobsScope): TwoJobs {
  return twoJobs(shares, scope, TEAM_TWO_JOBS[scope]);
}
