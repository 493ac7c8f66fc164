import { describe, expect, it } from 'vitest';
import { portfolio } from './portfolio.ts';
import { SPREAD_BANDS, spreadBand } from './spread-bands.ts';

const spreadOf = (work: ('research' | 'rnd' | 'product')[]) => {
  const p = portfolio(work.map((w) => ({ work: w })));
  if (!p.ok) throw new Error(p.error.message);
  return p.value.spread;
};

describe('spreadBand', () => {
  it.each([
    [0, 'tight'],
    [0.0999, 'tight'],
    [0.1, 'moderate'],
    [0.2499, 'moderate'],
    [0.25, 'wide'],
    [0.5, 'wide'],
  ] as const)('%d is %s', (spread, band) => {
    expect(spreadBand(spread)).toBe(band);
  });

  it('words real teams: all alike, reaching into a neighbour, both ends', () => {
    expect(spreadBand(spreadOf(['rnd', 'rnd', 'rnd']))).toBe('tight');
    expect(spreadBand(spreadOf(['rnd', 'rnd', 'rnd', 'product']))).toBe('moderate');
    expect(spreadBand(spreadOf(['research', 'product']))).toBe('wide');
  });

  it('lists its bands from tight to wide, each bound above the one before', () => {
    expect(SPREAD_BANDS.map((b) => b.band)).toEqual(['tight', 'moderate', 'wide']);
    const bounds = SPREAD_BANDS.map((b) => b.below);
    expect([...bounds].sort((a, b) => a - b)).toEqual(bounds);
  });
});
