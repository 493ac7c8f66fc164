import { ROLE_IDS, type RoleId } from './ids.ts';
import { en, type Messages } from './messages/en.ts';
import { type Portfolio, portfolio } from './portfolio.ts';
import type { QuizResult } from './quiz-result.ts';
import { round } from './round.ts';

/** A team's members in aggregate: their portfolio, anonymous dots, mismatch and role counts. */
export type TeamMembers = {
  /** The members' work as one portfolio, each member counting once; without the items. */
  portfolio: Omit<Portfolio, 'items'>;
  /** Each member's position, sorted, so the dots carry no order of arrival. */
  positions: number[];
  /** How many hold a title, or are reviewed on metrics, from another column; `total`: either. */
  mismatches: { title: number; review: number; total: number };
  /** How many members' results name each role. */
  roles: Record<RoleId, number>;
};

/**
 * How far apart a lead's view and the members' centre of gravity may sit on the spectrum and
 * still count as the same view of the work: less than this.
 */
export const VIEWS_ALIKE_WITHIN = 0.08;

/**
 * The members in aggregate: each result counts once (effort 1), positions are sorted so they
 * carry no order of arrival, and no answer appears. Give it the results that may be shown; the
 * advice is worded in `messages`' language.
 * @example teamMembers(results).portfolio.position // the team's centre of gravity
 */
export function teamMembers(
  results: readonly Pick<QuizResult, 'shares' | 'position' | 'role' | 'mismatches'>[],
  messages: Messages = en,
): TeamMembers {
  const outcome = portfolio(
    results.map((r) => ({ effort: 1, result: { shares: r.shares } })),
    messages,
  );
  // Every result's shares are a valid mix, so a refusal here is a bug.
  if (!outcome.ok) throw new Error(`portfolio refused members' results: ${outcome.error.message}`);
  const { items: _, ...team } = outcome.value;
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
    positions: results.map((r) => round(r.position, 4)).sort((a, b) => a - b),
    mismatches,
    roles,
  };
}

/**
 * Whether a lead's view and the members' sit close enough to be the same view of the work.
 * @example viewsAlike(0.5, 0.55) // true
 */
export function viewsAlike(leadPosition: number, membersPosition: number): boolean {
  return Math.abs(membersPosition - leadPosition) < VIEWS_ALIKE_WITHIN;
}
