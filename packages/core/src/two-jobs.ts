import type { Shares } from './ids.ts';
import { SPLIT_ROLES } from './placement.ts';
import type { TwoJobs } from './quiz-result.ts';
import { ROLES } from './roles.ts';

/** Who holds the two jobs: one role, a team split into two groups, or a team of people who each hold both. */
export type TwoJobsScope = 'role' | 'team-groups' | 'team-everyone';

/** What the two-jobs advice says: a summary, the risk and the ways out. */
export type TwoJobsText = { summary: string; risk: string; options: readonly string[] };

/** The advice for one role whose week holds both ends. (Teams: `TEAM_TWO_JOBS`.) */
export const ROLE_TWO_JOBS: TwoJobsText = {
  summary:
    'This week holds two jobs: open research and shipping product, with little bridge work between them. Treat it as two roles, not as the research-engineer middle.',
  risk: 'Whichever column it is graded on, a large part of the week is graded on the wrong one: research judged by what shipped, or shipping by papers. The long bets usually lose to the deadline.',
  options: [
    'Split it: a research scientist for the open questions and an AI engineer for what ships, each with its own ladder and metrics.',
    'Add the bridge: a research engineer who turns research results into something the product side can ship.',
    'If one person keeps both for now, say how much of the week each part gets, and review each part on its own column.',
  ],
};

/** What not to grade a two-jobs role on: each part on the other part's column. */
export const TWO_JOBS_DONT_GRADE_ON: readonly string[] = [
  'The research part on uptime, latency or features shipped',
  'The product part on papers, citations or novelty',
];

/**
 * The two-jobs advice for a week (or a team) that holds both ends of the line: what to grade each
 * part on, and the summary, risk and ways out of `text` (one role's by default).
 * @example twoJobs({ research: 0.6, rnd: 0, product: 0.4 }).parts[1].role // 'ai-engineer'
 */
export function twoJobs(
  shares: Shares,
  scope: TwoJobsScope = 'role',
  text: TwoJobsText = ROLE_TWO_JOBS,
): TwoJobs {
  const [research, product] = SPLIT_ROLES;
  return {
    scope,
    parts: [
      {
        role: research,
        column: 'research',
        share: shares.research,
        gradeOn: ROLES[research].gradeOn,
      },
      { role: product, column: 'product', share: shares.product, gradeOn: ROLES[product].gradeOn },
    ],
    summary: text.summary,
    risk: text.risk,
    options: [...text.options],
  };
}
