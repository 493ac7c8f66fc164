import type { Analysis, Column, RoleId, Shares } from '@rolefit/core';

/** An analysis that said enough to place the work: role, position, shares and regime are set. */
export type PlacedAnalysis = Analysis & {
  enough: true;
  position: number;
  shares: Shares;
  role: RoleId;
  dominantWork: Column;
  regime: NonNullable<Analysis['regime']>;
};

/**
 * The analysis with its placement, or null when the text says too little to place (`enough`
 * false): then the page shows "Not enough to say" rather than a role, a bar or a marker.
 * @example const placed = placedAnalysis(analysis); if (placed) analysisSummary(placed)
 */
export function placedAnalysis(a: Analysis): PlacedAnalysis | null {
  const { position, shares, role, dominantWork, regime } = a;
  if (!a.enough || position === null || shares === null || role === null) return null;
  if (dominantWork === null || regime === null) return null;
  return { ...a, enough: true, position, shares, role, dominantWork, regime };
}
