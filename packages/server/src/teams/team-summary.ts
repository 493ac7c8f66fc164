import {
  DEFAULT_QUIZ,
  type Portfolio,
  portfolio,
  type QuizResult,
  ROLE_IDS,
  type RoleId,
  score,
} from '@rolefit/core';
import type { LeadAnswers, StoredTeam } from '../store/team-store.ts';
import { releasedOf, releaseOf } from './team-release.ts';
import type { TeamSummary, Workstream } from './team-schemas.ts';

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Core's portfolio over a list that is known to be valid; a failure here is a bug. */
function portfolioOf(items: unknown[]): Portfolio {
  const outcome = portfolio(items);
  if (!outcome.ok) throw new Error(`portfolio refused checked items: ${outcome.error.message}`);
  return outcome.value;
}

/** The portfolio of the lead's workstreams, or null while there are none. */
export function workstreamPortfolio(workstreams: Workstream[]): Portfolio | null {
  return workstreams.length === 0 ? null : portfolioOf(workstreams);
}

/**
 * The members in aggregate: each result counts once (effort 1), positions are sorted so they
 * carry no order of arrival, and no answer appears. Give it the released results only.
 */
export function membersView(results: QuizResult[]): NonNullable<TeamSummary['members']> {
  const { items: _, ...team } = portfolioOf(
    results.map((r) => ({ effort: 1, result: { shares: r.shares } })),
  );
  const roles = Object.fromEntries(ROLE_IDS.map((r) => [r, 0])) as Record<RoleId, number>;
  const mismatches = { title: 0, review: 0, total: 0 };
  for (const r of results) {
    roles[r.role] += 1;
    if (r.mismatches.some((m) => m.kind === 'title')) mismatches.title += 1;
    if (r.mismatches.some((m) => m.kind === 'review')) mismatches.review += 1;
    if (r.mismatches.length > 0) mismatches.total += 1;
  }
  return {
    portfolio: team,
    positions: results.map((r) => round4(r.position)).sort((a, b) => a - b),
    mismatches,
    roles,
  };
}

/** The lead's own answers, scored; null if none (or they no longer score on today's quiz). */
export function leadView(view: LeadAnswers | null): TeamSummary['leadView'] {
  if (!view) return null;
  const scored = score(DEFAULT_QUIZ, view.answers);
  if (!scored.ok) return null;
  const { position, role, between, split, dominantWork, shares, regime } = scored.value;
  return { position, role, between, split, dominantWork, shares, regime };
}

/**
 * Everything the dashboard shows. The member aggregates cover the released answers only: whole
 * batches of `minResponses`, oldest first, so two looks never differ by one person's answers.
 * @example teamSummary(team, await store.teams.memberResults(team.id), joinUrl)
 */
export function teamSummary(
  team: StoredTeam,
  inArrivalOrder: QuizResult[],
  joinUrl: string,
): TeamSummary {
  const n = inArrivalOrder.length;
  const { released, nextReleaseAt } = releaseOf(n, team.minResponses);
  return {
    team: {
      id: team.id,
      name: team.name,
      minResponses: team.minResponses,
      createdAt: team.createdAt,
      joinCode: team.joinCode,
      joinUrl,
    },
    responses: n,
    released,
    nextReleaseAt,
    needed: Math.max(0, team.minResponses - n),
    members: released > 0 ? membersView(releasedOf(inArrivalOrder, team.minResponses)) : null,
    workstreams: workstreamPortfolio(team.workstreams),
    leadView: leadView(team.leadView),
  };
}
