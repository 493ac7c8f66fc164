import type { Shares } from './ids.ts';
import type { FrameworkMessages } from './messages/en.ts';
import { frameworkEn } from './messages/framework-en.ts';
import { SPLIT_ROLES } from './placement.ts';
import type { TwoJobs } from './quiz-result.ts';
import { rolesIn } from './roles.ts';

/** Who holds the two jobs: one role, a team split into two groups, or a team of people who each hold both. */
export type TwoJobsScope = 'role' | 'team-groups' | 'team-everyone';

/** What the two-jobs advice says: a summary, the risk and the ways out. */
export type TwoJobsText = { summary: string; risk: string; options: readonly string[] };

/** The two-jobs advice for one role whose week holds both ends, in the words of a catalogue. */
export function roleTwoJobsIn(messages: FrameworkMessages): TwoJobsText {
  return messages['twoJobs.role'];
}

/** The advice for one role whose week holds both ends, in English. (Teams: `TEAM_TWO_JOBS`.) */
export const ROLE_TWO_JOBS: TwoJobsText = /* @__PURE__ */ roleTwoJobsIn(frameworkEn);

/** What not to grade a two-jobs role on, in English: each part on the other part's column. */
export const TWO_JOBS_DONT_GRADE_ON: readonly string[] = frameworkEn['twoJobs.dontGradeOn'];

/**
 * The two-jobs advice for a week (or a team) that holds both ends of the line: what to grade each
 * part on, and the summary, risk and ways out of `text` (one role's by default).
 * @example twoJobs({ research: 0.6, rnd: 0, product: 0.4 }).parts[1].role // 'ai-engineer'
 */
export function twoJobs(
  shares: Shares,
  scope: TwoJobsScope = 'role',
  text?: TwoJobsText,
  messages: FrameworkMessages = frameworkEn,
): TwoJobs {
  const [research, product] = SPLIT_ROLES;
  const roles = rolesIn(messages);
  const { summary, risk, options } = text ?? roleTwoJobsIn(messages);
  return {
    scope,
    parts: [
      {
        role: research,
        column: 'research',
        share: shares.research,
        gradeOn: roles[research].gradeOn,
      },
      { role: product, column: 'product', share: shares.product, gradeOn: roles[product].gradeOn },
    ],
    summary,
    risk,
    options: [...options],
  };
}
