/**
 * How widely a portfolio's work is spread (its `spread`: 0 all alike, 0.5 split between both
 * ends), in bands every surface words the same way: below 0.1 the work is much alike; below 0.25
 * (what an even split between two neighbouring roles gives) it reaches into a neighbouring
 * column; from there on it pulls toward both ends.
 */
export const SPREAD_BANDS = [
  { band: 'tight', below: 0.1 },
  { band: 'moderate', below: 0.25 },
  { band: 'wide', below: Number.POSITIVE_INFINITY },
] as const;
/** A spread band. */
export type SpreadBand = (typeof SPREAD_BANDS)[number]['band'];

/**
 * The band a portfolio's spread falls in.
 * @example spreadBand(0.05) // 'tight'
 */
export function spreadBand(spread: number): SpreadBand {
  for (const { band, below } of SPREAD_BANDS) if (spread < below) return band;
  return 'wide';
}
