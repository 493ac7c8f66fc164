import {
  type Messages as CoreMessages,
  ENGLISH_ISSUE_WORDS,
  type IssueWords,
  ORG_WEIGHTINGS,
  OrgTeamInput,
  type OrgWeighting,
  type Quiz,
} from '@rolefit/core';
import { CliError } from './cli-error.ts';
import type { Messages } from './messages/en.ts';
import {
  checkKeys,
  type OrgFileTeam,
  orgTeamInput,
  problemsOf,
  TEAM_EXAMPLE,
} from './org-team-input.ts';

const FILE_KEYS = ['name', 'weighting', 'teams'];

/** An org file, read: its name, its weighting if it gives one, and its teams in file order. */
export type OrgFile = {
  name: string | null;
  weighting: OrgWeighting | undefined;
  teams: OrgFileTeam[];
};

/** Whether a parsed portfolio file is an organisation's (it has `teams`), not one team's. */
export function isOrgFile(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'teams' in data;
}

/**
 * Read an organisation's file (`isOrgFile`): its name, weighting and teams (each read by
 * `orgTeamInput`), every problem naming the team and what to fix, worded from `t` and `m`, or by
 * `words` for Zod's.
 * @example orgPortfolioInput({ teams: [{ name: 'Theory', shares: { research: 1, rnd: 0, product: 0 }, responses: 4 }] }, DEFAULT_QUIZ, en, coreEn)
 */
export function orgPortfolioInput(
  data: Record<string, unknown>,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
  words: IssueWords = ENGLISH_ISSUE_WORDS,
): OrgFile {
  checkKeys(data, FILE_KEYS, t['org.file'], t);
  const shape = t['org.team.shape'](TEAM_EXAMPLE);
  if (!Array.isArray(data.teams)) throw new CliError(t['org.notList'](shape));
  if (data.teams.length === 0) throw new CliError(t['org.empty'](shape));
  let name: string | null = null;
  if (data.name !== undefined) {
    const checked = OrgTeamInput.shape.name.safeParse(data.name);
    if (!checked.success) {
      throw new CliError(
        t['org.name.invalid'](problemsOf(checked.error.issues, data.name, m, words)),
      );
    }
    name = checked.data;
  }
  const weighting = ORG_WEIGHTINGS.find((w) => w === data.weighting);
  if (data.weighting !== undefined && weighting === undefined) {
    throw new CliError(
      t['portfolio.weighting.invalid']('"weighting"', String(data.weighting), ORG_WEIGHTINGS),
    );
  }
  const teams = data.teams.map((entry, index) => orgTeamInput(entry, index, quiz, t, m, words));
  const seen = new Set<string>();
  for (const team of teams) {
    // A team's name is its id in the org view (the heatmap's rows, `teams[].id`).
    if (seen.has(team.input.name)) throw new CliError(t['org.team.duplicate'](team.input.name));
    seen.add(team.input.name);
  }
  return { name, weighting, teams };
}
