import {
  type Column,
  type Portfolio,
  ROLE_IDS,
  type RoleId,
  type Shares,
  staffingFor,
} from '@rolefit/core';

/** A count, or a share, for each role. */
export type RoleCounts = Record<RoleId, number>;

/** What a posting for the next hire is set beside: the members' work, or the lead's workstreams. */
export type HireBasis = {
  shares: Shares;
  dominantWork: Column;
  /** The share of people each role should have, following the effort in its column. */
  mix: RoleCounts;
  /** How many members' results name each role; null for workstreams, which count no people. */
  roles: RoleCounts | null;
};

/**
 * A team's map as the basis for its next hire, with the members' role counts where there are some.
 * @example hireBasis(summary.members.portfolio, summary.members.roles)
 */
export const hireBasis = (
  p: Pick<Portfolio, 'shares' | 'dominantWork' | 'staffingMix'>,
  roles: RoleCounts | null,
): HireBasis => ({ shares: p.shares, dominantWork: p.dominantWork, mix: p.staffingMix, roles });

/** How many people the counts add up to. */
export const headcount = (roles: RoleCounts): number => ROLE_IDS.reduce((n, r) => n + roles[r], 0);

/**
 * How many people each role lacks for the team, one hire larger, to follow its mix: core's
 * whole-people staffing for n + 1, less the people in the role now. Above 0: a gap in the mix.
 * @example shortOf({ 'research-scientist': 1, 'research-engineer': 0, 'ai-engineer': 2 }, mix)
 */
export function shortOf(roles: RoleCounts, mix: RoleCounts): RoleCounts {
  const want = staffingFor(mix, headcount(roles) + 1);
  return Object.fromEntries(ROLE_IDS.map((r) => [r, want[r] - roles[r]])) as RoleCounts;
}

/**
 * The role the mix says to hire next: the one shortest of people, the larger share of work on a
 * tie; for workstreams, which count no people, the role with the most work.
 */
export function nextHire(b: HireBasis): RoleId {
  const short = b.roles ? shortOf(b.roles, b.mix) : b.mix;
  return ROLE_IDS.reduce((best, r) =>
    short[r] > short[best] || (short[r] === short[best] && b.mix[r] > b.mix[best]) ? r : best,
  );
}
