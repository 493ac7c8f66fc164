import type { Shares } from './ids-schema.ts';

/** The three anchor roles, in order along the spectrum (research end first). */
export const ROLE_IDS = ['research-scientist', 'research-engineer', 'ai-engineer'] as const;
/** A role on the spectrum. */
export type RoleId = (typeof ROLE_IDS)[number];

/** The three kinds of work (the columns of the comparison), in spectrum order. */
export const COLUMNS = ['research', 'rnd', 'product'] as const;
/** A kind of work: research-heavy, R&D-heavy or product-heavy. */
export type Column = (typeof COLUMNS)[number];

/** The two ways to title people who do AI work. */
export const REGIME_IDS = ['separate-tracks', 'flat'] as const;
/** A titling regime. */
export type RegimeId = (typeof REGIME_IDS)[number];

/** The five dimensions on which the roles differ; the quiz asks one question per dimension. */
export const DIMENSION_IDS = [
  'core-question',
  'output',
  'optimizes-for',
  'time-horizon',
  'background',
] as const;
/** A dimension of the role comparison. */
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** Where each role sits on the spectrum: 0 is the research-scientist end, 1 the AI-engineer end. */
export const ANCHOR_POSITION: Readonly<Record<RoleId, number>> = {
  'research-scientist': 0,
  'research-engineer': 0.5,
  'ai-engineer': 1,
};

/** The role whose day job is a given kind of work. */
export const ROLE_OF_COLUMN: Readonly<Record<Column, RoleId>> = {
  research: 'research-scientist',
  rnd: 'research-engineer',
  product: 'ai-engineer',
};

/** The kind of work a role is built for. */
export const COLUMN_OF_ROLE: Readonly<Record<RoleId, Column>> = {
  'research-scientist': 'research',
  'research-engineer': 'rnd',
  'ai-engineer': 'product',
};

// The shape is the schema's (ids-schema.ts); named here too, so domain code needs no zod.
export type { Shares };

/**
 * The spectrum position of a mix of work: research counts 0, R&D 0.5, product 1.
 * @example spectrumPosition({ research: 0, rnd: 1, product: 0 }) // 0.5
 */
export function spectrumPosition(shares: Shares): number {
  const total = shares.research + shares.rnd + shares.product;
  if (total <= 0) return 0.5;
  return (shares.rnd * 0.5 + shares.product) / total;
}
