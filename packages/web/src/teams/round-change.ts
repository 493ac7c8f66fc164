import { COLUMNS, type Column, type RegimeId, type Shares, titlingRegime } from '@rolefit/core';
import type { TeamSummary } from './team-api.ts';

type Round = TeamSummary['rounds'][number];
/** A round whose answers reached the team's minimum: it has a centre to compare. */
export type PlacedRound = Round & { centre: NonNullable<Round['centre']> };

/** One kind of work's share, before and after. */
export type ShareShift = { column: Column; from: number; to: number };

/** What changed between two placed rounds, as the dashboard says it in words. */
export type RoundChange = {
  from: number;
  to: number;
  /** The kind of work that grew the most, and the one that shrank the most; null when steady. */
  grew: ShareShift | null;
  shrank: ShareShift | null;
  /** The titling regime each round's own work calls for (core's rule, on its dominant work). */
  regime: { from: RegimeId; to: RegimeId };
  /** The week became two jobs in one (`now`), stopped being (`gone`), or neither. */
  split: 'now' | 'gone' | null;
};

/**
 * Below this many points of a share (5 of 100), a change between rounds is noise in a handful of
 * answers, not a move of the work: the mix counts as steady.
 */
export const STEADY = 0.05;

export const placedRounds = (rounds: readonly Round[]): PlacedRound[] =>
  rounds.filter((r): r is PlacedRound => r.centre !== null);

/** The kind of work whose share moved most in one direction (up: 1, down: -1), by `STEADY` or more. */
function largest(a: Shares, b: Shares, sign: 1 | -1): ShareShift | null {
  let best: ShareShift | null = null;
  for (const column of COLUMNS) {
    const moved = (b[column] - a[column]) * sign;
    if (moved >= STEADY && (best === null || moved > (best.to - best.from) * sign)) {
      best = { column, from: a[column], to: b[column] };
    }
  }
  return best;
}

/**
 * What changed from the previous placed round to the last one: the share that grew most and the
 * one that shrank most (each by at least `STEADY`), and the regime each round's work calls for.
 * Null with fewer than two placed rounds.
 * @example roundChange(summary.rounds)?.grew // { column: 'rnd', from: 0.3, to: 0.55 }
 */
export function roundChange(rounds: readonly Round[]): RoundChange | null {
  const placed = placedRounds(rounds);
  const [before, after] = placed.slice(-2);
  if (!before || !after) return null;
  const a = before.centre;
  const b = after.centre;
  return {
    from: before.number,
    to: after.number,
    grew: largest(a.shares, b.shares, 1),
    shrank: largest(a.shares, b.shares, -1),
    regime: {
      from: titlingRegime(a.dominantWork, a.shares),
      to: titlingRegime(b.dominantWork, b.shares),
    },
    split: !a.split && b.split ? 'now' : a.split && !b.split ? 'gone' : null,
  };
}
