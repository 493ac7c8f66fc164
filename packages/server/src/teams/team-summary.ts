import {
  en,
  type Messages,
  type Portfolio,
  portfolio,
  type Quiz,
  score,
  teamMembers,
} from '@rolefit/core';
import type { LeadAnswers, RoundAnswer, StoredTeam, TeamRound } from '../store/team-store.ts';
import { releasedOf } from './team-release.ts';
import type { TeamRoundView, TeamSummary, Workstream } from './team-schemas.ts';

/** Core's portfolio over a list that is known to be valid; a failure here is a bug. */
function portfolioOf(items: unknown[], messages: Messages): Portfolio {
  const outcome = portfolio(items, messages);
  if (!outcome.ok) throw new Error(`portfolio refused checked items: ${outcome.error.message}`);
  return outcome.value;
}

/** The portfolio of the lead's workstreams, worded in `messages`; null while there are none. */
export function workstreamPortfolio(
  workstreams: Workstream[],
  messages: Messages = en,
): Portfolio | null {
  return workstreams.length === 0 ? null : portfolioOf(workstreams, messages);
}

/** The lead's own answers, scored; null if none (or they no longer score on today's quiz). */
export function leadView(
  quiz: Quiz,
  view: LeadAnswers | null,
  messages: Messages = en,
): TeamSummary['leadView'] {
  if (!view) return null;
  const scored = score(quiz, view.answers, messages);
  if (!scored.ok) return null;
  const { position, role, between, split, dominantWork, shares, regime } = scored.value;
  return { position, role, between, split, dominantWork, shares, regime };
}

/**
 * Everything the dashboard shows. The member aggregates cover the released answers only: whole
 * batches of `minResponses`, oldest first, so two looks never differ by one person's answers.
 * The advice in it is worded in `messages`' language.
 * @example teamSummary(quiz, team, await store.teams.memberResults(team.id), joinUrl, messages)
 */
export function teamSummary(
  quiz: Quiz,
  team: StoredTeam,
  allRounds: RoundAnswer[],
  rounds: TeamRound[],
  joinUrl: string,
  messages: Messages = en,
): TeamSummary {
  const current = rounds.at(-1)?.number ?? 1;
  const inArrivalOrder = allRounds.filter((a) => a.round === current);
  const n = inArrivalOrder.length;
  const { released, nextReleaseAt, replaced, shown } = releasedOf(
    inArrivalOrder,
    team.minResponses,
  );
  // People, not answers: an answer that a later one from the same browser replaced is not a person.
  const replacedIds = new Set(inArrivalOrder.flatMap((a) => (a.replaces ? [a.replaces] : [])));
  const people = inArrivalOrder.filter((a) => !replacedIds.has(a.id)).length;
  const needed =
    shown.length > 0
      ? 0
      : people < team.minResponses
        ? team.minResponses - people
        : nextReleaseAt - n;
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
    replaced,
    nextReleaseAt,
    needed,
    members: shown.length > 0 ? teamMembers(shown, messages) : null,
    workstreams: workstreamPortfolio(team.workstreams, messages),
    leadView: leadView(quiz, team.leadView, messages),
    rounds: rounds.map((round) => roundView(team, round, allRounds, messages)),
  };
}

/**
 * Where a team's work sits now, for its organisation: the current round's released answers as a
 * centre, and how many answers that centre is drawn from; below the minimum, the round's count
 * and no centre. Nothing about a member: only the centre.
 */
export function currentCentre(
  team: StoredTeam,
  allRounds: RoundAnswer[],
  rounds: TeamRound[],
  messages: Messages = en,
): { responses: number; centre: TeamRoundView['centre'] } {
  const current = rounds.at(-1) ?? { number: 1, openedAt: team.createdAt, closedAt: null };
  const answers = allRounds.filter((a) => a.round === current.number);
  const { shown } = releasedOf(answers, team.minResponses);
  const { centre } = roundView(team, current, allRounds, messages);
  return { responses: centre ? shown.length : answers.length, centre };
}

/** A round as the dashboard charts it: its answers, and where their released batches sit. */
function roundView(
  team: StoredTeam,
  round: TeamRound,
  allRounds: RoundAnswer[],
  messages: Messages,
): TeamRoundView {
  const answers = allRounds.filter((a) => a.round === round.number);
  const { shown } = releasedOf(answers, team.minResponses);
  const centre =
    shown.length === 0
      ? null
      : portfolioOf(
          shown.map((r) => ({ effort: 1, result: r })),
          messages,
        );
  return {
    ...round,
    responses: answers.length,
    centre: centre && {
      position: centre.position,
      shares: centre.shares,
      dominantWork: centre.dominantWork,
      split: centre.split,
    },
  };
}
