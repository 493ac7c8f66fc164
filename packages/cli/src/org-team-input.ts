import {
  type Messages as CoreMessages,
  en as coreEn,
  type IssueWords,
  issueMessage,
  OrgTeamInput,
  ourMessages,
  portfolio,
  type Quiz,
  type QuizResult,
  type ReportedIssue,
  Shares,
  score,
  teamMembers,
} from '@rolefit/core';
import { CliError } from './cli-error.ts';
import type { Messages } from './messages/en.ts';
import { portfolioItems } from './portfolio-input.ts';

/**
 * How many answers a team needs before its centre counts: the server's rule for a new team
 * (`NewTeamBody.minResponses` in packages/server/src/teams/team-schemas.ts: 3 to 50, default 3).
 * Restated here because the server is loaded only for `serve` and `export`.
 */
const MIN_RESPONSES = { least: 3, most: 50, fallback: 3 } as const;

/** The ways a team's work may be given; a team gives exactly one. */
const SOURCES = ['answers', 'shares', 'workstreams'] as const;
/** How a team's work was given. */
export type TeamSource = (typeof SOURCES)[number];
/** The fields a team may have besides its work; `responses` only with shares or workstreams. */
const BASE_KEYS = ['name', 'headcount', 'minResponses'];
const TEAM_KEYS: Readonly<Record<TeamSource, readonly string[]>> = {
  answers: [...BASE_KEYS, 'answers'],
  shares: [...BASE_KEYS, 'shares', 'responses'],
  // A workstream list is the lead's, not people's answers: no minimum applies to it.
  workstreams: ['name', 'headcount', 'workstreams', 'responses'],
};
const ALL_TEAM_KEYS = [...BASE_KEYS, 'responses', ...SOURCES];

/** A team in JSON, as the errors show one. */
export const TEAM_EXAMPLE =
  '{"name": "Theory", "headcount": 6, "shares": {"research": 0.8, "rnd": 0.2, "product": 0}, "responses": 6}';
/** One member's answers in JSON, as the errors show them. */
const MEMBER_EXAMPLE = '{"core-question": "unknown", "output": "paper", …}';

const TeamBase = OrgTeamInput.pick({ name: true, headcount: true });
const SharesTeam = OrgTeamInput.pick({ responses: true }).extend({ shares: Shares });
const WorkstreamsTeam = OrgTeamInput.pick({ responses: true })
  .extend({ responses: OrgTeamInput.shape.responses.min(1) })
  .partial();

/** One team of an org file: what core's `orgPortfolio` takes, and what the text says of it. */
export type OrgFileTeam = {
  input: OrgTeamInput;
  source: TeamSource;
  /** Members who answered (`answers`), the `responses` given (`shares`), or workstreams listed. */
  given: number;
  /** The answers it needs before it counts; null for a workstream list, the lead's, not people's. */
  minResponses: number | null;
};

/** Zod's problems with `value`, each after its path, worded from `m` or by `words`. */
export function problemsOf(
  issues: readonly ReportedIssue[],
  value: unknown,
  m: CoreMessages,
  words: IssueWords,
): string[] {
  const ours = ourMessages(coreEn, m);
  return issues.map(
    (issue) =>
      `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issueMessage(issue, value, words, ours)}`,
  );
}

/** Refuse fields the file does not know, so a typo ("headcout") is not dropped silently. */
export function checkKeys(entry: object, known: readonly string[], where: string, t: Messages) {
  const unknown = Object.keys(entry).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new CliError(t['org.unknownKeys'](where, unknown, known));
}

/** The first whole batches of `min`, oldest first, as the server releases a team's answers. */
const releasedCount = (answered: number, min: number) => Math.floor(answered / min) * min;

/** Score each member's answers; the first whole batches of the minimum make the team's centre. */
function membersCentre(
  answers: unknown,
  min: number,
  label: string,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
) {
  if (!Array.isArray(answers))
    throw new CliError(t['org.team.answers.notList'](label, MEMBER_EXAMPLE));
  const results: QuizResult[] = answers.map((member, index) => {
    const scored = score(quiz, member, m);
    if (!scored.ok) {
      const problems = scored.error.issues.map((issue) => issue.message);
      throw new CliError(t['org.team.member.unscorable'](label, index + 1, problems));
    }
    return scored.value;
  });
  const shown = results.slice(0, releasedCount(results.length, min));
  // The server's own aggregate of released answers: each member once.
  const shares = shown.length > 0 ? teamMembers(shown, m).portfolio.shares : null;
  return { given: results.length, counted: shown.length, shares };
}

/** A workstream list's mix of work, its problems worded as for a one-team file, after the team. */
function workstreamsCentre(
  workstreams: unknown,
  label: string,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
  words: IssueWords,
) {
  let items: unknown[];
  try {
    items = portfolioItems({ workstreams }, quiz, t, m, words);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(t['org.team.problem'](label, error.message));
    throw error;
  }
  const mapped = portfolio(items, m);
  if (!mapped.ok) throw new CliError(t['org.team.problem'](label, mapped.error.message));
  return { shares: mapped.value.shares, listed: items.length };
}

/**
 * One team of an org file (the `index`th, from 0), checked so that an error names the team and
 * what to fix: its work as its members' answers (scored against `quiz`; only whole batches of its
 * minimum count, as the server releases them), shares from elsewhere with their `responses`, or a
 * workstream list; worded from `t` and `m`, or by `words` for Zod's problems.
 * @example orgTeamInput({ name: 'Infra', shares: { research: 0, rnd: 1, product: 0 }, responses: 4 }, 0, DEFAULT_QUIZ, en, coreEn, ENGLISH_ISSUE_WORDS)
 */
export function orgTeamInput(
  entry: unknown,
  index: number,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
  words: IssueWords,
): OrgFileTeam {
  const named =
    typeof entry === 'object' && entry !== null && 'name' in entry ? entry.name : undefined;
  const label = t['org.team'](index + 1, typeof named === 'string' ? named : undefined);
  const shape = t['org.team.shape'](TEAM_EXAMPLE);
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new CliError(t['org.team.notObject'](label, shape));
  }
  const team = entry as Record<string, unknown>;
  checkKeys(team, ALL_TEAM_KEYS, label, t);
  const sources = SOURCES.filter((s) => team[s] !== undefined);
  const [source] = sources;
  if (source === undefined) throw new CliError(t['org.team.noWork'](label));
  if (sources.length > 1) throw new CliError(t['org.team.twoWorks'](label, sources));
  checkKeys(team, TEAM_KEYS[source], label, t);
  const invalid = (issues: readonly ReportedIssue[]) =>
    new CliError(t['org.team.invalid'](label, problemsOf(issues, team, m, words), shape));
  const base = TeamBase.safeParse(team);
  if (!base.success) throw invalid(base.error.issues);
  const { name, headcount } = base.data;
  const asked = team.minResponses ?? MIN_RESPONSES.fallback;
  const { least, most } = MIN_RESPONSES;
  if (!(typeof asked === 'number' && Number.isInteger(asked) && asked >= least && asked <= most)) {
    throw new CliError(t['org.team.minResponses'](label, JSON.stringify(asked), least, most));
  }
  const minResponses = asked;
  const withHeadcount = headcount === undefined ? {} : { headcount };
  if (source === 'answers') {
    const members = membersCentre(team.answers, minResponses, label, quiz, t, m);
    const counts = members.shares !== null;
    return {
      input: {
        name,
        ...withHeadcount,
        // Below the minimum the team says how many answered, and weighs nothing.
        responses: counts ? members.counted : members.given,
        centre: members.shares && { shares: members.shares },
      },
      source,
      given: members.given,
      minResponses,
    };
  }
  if (source === 'shares') {
    const checked = SharesTeam.safeParse(team);
    if (!checked.success) throw invalid(checked.error.issues);
    const { shares, responses } = checked.data;
    if (shares.research + shares.rnd + shares.product <= 0) {
      throw new CliError(
        t['org.team.invalid'](label, [`shares: ${m['portfolio.zeroShares']}`], shape),
      );
    }
    const counts = responses >= minResponses;
    return {
      input: { name, ...withHeadcount, responses, centre: counts ? { shares } : null },
      source,
      given: responses,
      minResponses,
    };
  }
  const checked = WorkstreamsTeam.safeParse(team);
  if (!checked.success) throw invalid(checked.error.issues);
  const { shares, listed } = workstreamsCentre(team.workstreams, label, quiz, t, m, words);
  return {
    input: {
      name,
      ...withHeadcount,
      responses: checked.data.responses ?? listed,
      centre: { shares },
    },
    source,
    given: listed,
    minResponses: null,
  };
}
