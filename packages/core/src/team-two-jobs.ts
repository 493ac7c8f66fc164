import type { Shares } from './ids.ts';
import { en, type Messages } from './messages/en.ts';
import type { TwoJobs } from './quiz-result.ts';
import { type TwoJobsText, twoJobs } from './two-jobs.ts';

/** How a team holds two jobs: as two groups at the two ends, or as people who each hold both. */
export type TeamTwoJobsScope = 'team-groups' | 'team-everyone';

/** The team advice in the words of a catalogue, for one way of holding two jobs. */
export function teamTwoJobsTextIn(messages: Messages, scope: TeamTwoJobsScope): TwoJobsText {
  return messages[`twoJobs.${scope}`];
}

/** The team advice in English, kept out of `score` (and so out of the widget) because only teams use it. */
export const TEAM_TWO_JOBS: Readonly<Record<TeamTwoJobsScope, TwoJobsText>> = {
  'team-groups': /* @__PURE__ */ teamTwoJobsTextIn(en, 'team-groups'),
  'team-everyone': /* @__PURE__ */ teamTwoJobsTextIn(en, 'team-everyone'),
};

/** The two-jobs advice for a team's mix. */
export function teamTwoJobs(
  shares: Shares,
  scope: TeamTwoJobsScope,
  messages: Messages = en,
): TwoJobs {
  return twoJobs(shares, scope, teamTwoJobsTextIn(messages, scope), messages);
}
