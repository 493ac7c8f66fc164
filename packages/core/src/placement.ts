import {
  ANCHOR_POSITION,
  COLUMN_OF_ROLE,
  type Column,
  ROLE_OF_COLUMN,
  type RoleId,
  type Shares,
  spectrumPosition,
} from './ids.ts';
import type { Placement } from './quiz-result.ts';
import { round } from './round.ts';

/**
 * Two neighbouring columns whose shares differ by at most this much share the week closely
 * enough that the work is "between" their two roles. In the five-question quiz a share moves in
 * steps of 0.1 (half an answer), so this is "within half an answer of each other".
 */
export const BETWEEN_MARGIN = 0.1;

/**
 * Research and product work each holding at least this share of the week, with less R&D than
 * either, is two jobs in one. Why 0.3: in a five-day week it is a day and a half or more, too
 * much to be a side task of the other job, and whichever column the person is graded on, at
 * least that part of the week is graded on the wrong one. Below it, one end is a side task
 * (a 70/0/30 week is a research job with some shipping in it).
 */
export const SPLIT_SHARE = 0.3;

/** The pair `split` names: the two ends of the line, research end first. */
export const SPLIT_ROLES = ['research-scientist', 'ai-engineer'] as const;

/** Where the spectrum picture changes colour from one role to the next (the picture only). */
export const SPECTRUM_BOUNDARIES = [0.25, 0.75] as const;

// The shape is the schema's (quiz-result.ts), which the result and portfolio schemas extend.
export type { Placement };

/**
 * The nearest anchor role for a point on the spectrum. For pictures only (the colour of a dot):
 * a placement's role follows the dominant work, never the position.
 * @example roleAt(0.1) // 'research-scientist'
 */
export function roleAt(position: number): RoleId {
  if (position < SPECTRUM_BOUNDARIES[0]) return 'research-scientist';
  if (position <= SPECTRUM_BOUNDARIES[1]) return 'research-engineer';
  return 'ai-engineer';
}

// Shares are rounded to 4 digits; compare thresholds with a little slack so 0.3 counts as 0.3.
const EPSILON = 1e-9;

/** Normalise weights to shares summing to 1 (an empty mix counts as pure R&D, the middle). */
export function normalizeShares(weights: Shares): Shares {
  const total = weights.research + weights.rnd + weights.product;
  if (!(total > 0)) return { research: 0, rnd: 1, product: 0 };
  return {
    research: round(weights.research / total, 4),
    rnd: round(weights.rnd / total, 4),
    product: round(weights.product / total, 4),
  };
}

/**
 * The kind of work with the largest share. Ties go to the column nearest the position, then to
 * the research end (the work a roadmap squeezes first is the one to name).
 */
export function dominantColumn(shares: Shares, position = spectrumPosition(shares)): Column {
  // Written out for the three columns, with no inner function: this runs for every candidate in
  // "what would change it", and tsx (which runs the server) wraps every function it creates.
  let best: Column = 'research';
  let top = shares.research;
  let distance = Math.abs(ANCHOR_POSITION['research-scientist'] - position);
  const rndAway = Math.abs(ANCHOR_POSITION['research-engineer'] - position);
  if (shares.rnd > top + EPSILON || (shares.rnd > top - EPSILON && rndAway < distance - EPSILON)) {
    best = 'rnd';
    top = shares.rnd;
    distance = rndAway;
  }
  const productAway = Math.abs(ANCHOR_POSITION['ai-engineer'] - position);
  if (
    shares.product > top + EPSILON ||
    (shares.product > top - EPSILON && productAway < distance - EPSILON)
  ) {
    best = 'product';
  }
  return best;
}

/** Research and product both large, and R&D smaller than either: two jobs in one. */
export function isSplit(shares: Shares): boolean {
  return (
    shares.research >= SPLIT_SHARE - EPSILON &&
    shares.product >= SPLIT_SHARE - EPSILON &&
    shares.rnd < Math.min(shares.research, shares.product) - EPSILON
  );
}

/** The neighbour of the dominant column that shares the week closely with it, if one does. */
function closeNeighbour(shares: Shares, dominant: Column): Column | null {
  const top = shares[dominant];
  const within = BETWEEN_MARGIN + EPSILON;
  if (dominant !== 'rnd') return top - shares.rnd <= within ? 'rnd' : null;
  const research = top - shares.research <= within;
  const product = top - shares.product <= within;
  // R&D with both ends close and level is the bridge itself, not a lean to either side.
  if (research && product && Math.abs(shares.research - shares.product) <= EPSILON) return null;
  if (research && (!product || shares.research > shares.product)) return 'research';
  return product ? 'product' : null;
}

/**
 * Place a mix of work: the role of the column that fills most of the week, "between" two
 * neighbouring roles when their columns share it closely, "split" when the week holds both ends
 * with little bridge work, and the margin that says how clear the lead is.
 * @example placeShares({ research: 0.6, rnd: 0, product: 0.4 }).split // ['research-scientist', 'ai-engineer']
 */
export function placeShares(weights: Shares): Placement {
  const shares = normalizeShares(weights);
  const exact = spectrumPosition(shares);
  const dominant = dominantColumn(shares, exact);
  const second =
    dominant === 'research'
      ? Math.max(shares.rnd, shares.product)
      : dominant === 'rnd'
        ? Math.max(shares.research, shares.product)
        : Math.max(shares.research, shares.rnd);
  const margin = round(shares[dominant] - second, 4);
  const split = isSplit(shares) ? ([...SPLIT_ROLES] as [RoleId, RoleId]) : null;
  const neighbour = split ? null : closeNeighbour(shares, dominant);
  let between: [RoleId, RoleId] | null = null;
  if (neighbour) {
    // Research end first: the pair is research + R&D, or R&D + product.
    const low = dominant === 'research' || neighbour === 'research' ? 'research' : 'rnd';
    between = [ROLE_OF_COLUMN[low], ROLE_OF_COLUMN[low === 'research' ? 'rnd' : 'product']];
  }
  return {
    position: round(exact, 4),
    shares,
    role: ROLE_OF_COLUMN[dominant],
    between,
    split,
    margin,
    dominantWork: dominant,
  };
}

/**
 * The columns a placement accepts as its own: the dominant one, or both of a between or split
 * pair; none when nothing was placed (an analysis with too little evidence).
 * @example placementColumns({ dominantWork: 'rnd', between: null, split: null }) // ['rnd']
 */
export function placementColumns(placement: {
  dominantWork: Column | null;
  between: readonly RoleId[] | null;
  split: readonly RoleId[] | null;
}): Column[] {
  const pair = placement.between ?? placement.split;
  if (pair) return pair.map((r) => COLUMN_OF_ROLE[r]);
  return placement.dominantWork ? [placement.dominantWork] : [];
}
