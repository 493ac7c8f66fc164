import {
  ANCHOR_POSITION,
  COLUMN_OF_ROLE,
  COLUMNS,
  type Column,
  ROLE_OF_COLUMN,
  type RoleId,
  type Shares,
  spectrumPosition,
} from './ids.ts';

/** Where the spectrum changes from one role to the next. */
const BOUNDARIES = [0.25, 0.75] as const;
/** Closer than this to a boundary, the work is "between" the two roles. */
const NEAR_BOUNDARY = 0.06;
/** A role whose own column holds less than this share is too spread to name alone. */
const SPREAD_SHARE = 0.4;

/** Where a mix of work lands: the position, the role, and how sure that is. */
export type Placement = {
  position: number;
  shares: Shares;
  role: RoleId;
  between: [RoleId, RoleId] | null;
  confidence: number;
  dominantWork: Column;
};

/**
 * The nearest role for a spectrum position.
 * @example roleAt(0.1) // 'research-scientist'
 */
export function roleAt(position: number): RoleId {
  if (position < BOUNDARIES[0]) return 'research-scientist';
  if (position <= BOUNDARIES[1]) return 'research-engineer';
  return 'ai-engineer';
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

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

/** The kind of work with the largest share; ties go to the column nearest the position. */
export function dominantColumn(shares: Shares, position: number): Column {
  let best: Column = 'rnd';
  let bestScore = -1;
  for (const column of COLUMNS) {
    const distance = Math.abs(ANCHOR_POSITION[ROLE_OF_COLUMN[column]] - position);
    // Shares decide; distance only breaks exact ties.
    const score = shares[column] * 1000 - distance;
    if (score > bestScore) {
      best = column;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Place a mix of work on the spectrum: the role, whether it sits between two roles, and a
 * confidence that falls near a boundary and when the work is spread over columns.
 * @example placeShares({ research: 0, rnd: 1, product: 0 }).role // 'research-engineer'
 */
export function placeShares(weights: Shares): Placement {
  const shares = normalizeShares(weights);
  const exact = spectrumPosition(shares);
  const position = round(exact, 4);
  const role = roleAt(exact);
  const distance = Math.min(...BOUNDARIES.map((b) => Math.abs(exact - b)));
  const closeness = Math.min(1, distance / 0.25);
  const ownShare = shares[COLUMN_OF_ROLE[role]];
  const confidence = round(Math.min(1, Math.max(0, 0.5 * closeness + 0.5 * ownShare)), 2);

  let between: [RoleId, RoleId] | null = null;
  if (distance < NEAR_BOUNDARY) {
    between =
      exact < 0.5
        ? ['research-scientist', 'research-engineer']
        : ['research-engineer', 'ai-engineer'];
  } else if (ownShare < SPREAD_SHARE) {
    // Only the middle role can be this spread: the two ends pull it apart.
    between =
      shares.research >= shares.product
        ? ['research-scientist', 'research-engineer']
        : ['research-engineer', 'ai-engineer'];
  }
  return {
    position,
    shares,
    role,
    between,
    confidence,
    dominantWork: dominantColumn(shares, exact),
  };
}
