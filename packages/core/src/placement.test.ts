import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeShares } from './placement.ts';

const share = fc.double({ min: 0, max: 1, noNaN: true });
const mix = fc
  .tuple(share, share, share)
  .filter(([a, b, c]) => a + b + c > 0.01)
  .map(([research, rnd, product]) => ({ research, rnd, product }));

describe('placeShares', () => {
  it.each([
    [{ research: 1, rnd: 0, product: 0 }, 'research-scientist', null, null],
    [{ research: 0, rnd: 1, product: 0 }, 'research-engineer', null, null],
    [{ research: 0, rnd: 0, product: 1 }, 'ai-engineer', null, null],
    [
      { research: 0.45, rnd: 0.55, product: 0 },
      'research-engineer',
      ['research-scientist', 'research-engineer'],
      null,
    ],
    [
      { research: 0.6, rnd: 0, product: 0.4 },
      'research-scientist',
      null,
      ['research-scientist', 'ai-engineer'],
    ],
    [
      { research: 0.35, rnd: 0.3, product: 0.35 },
      'research-scientist',
      null,
      ['research-scientist', 'ai-engineer'],
    ],
    [{ research: 0.3, rnd: 0.4, product: 0.3 }, 'research-engineer', null, null],
    [
      { research: 0.7, rnd: 0, product: 0.3 },
      'research-scientist',
      null,
      ['research-scientist', 'ai-engineer'],
    ],
    [{ research: 0.75, rnd: 0, product: 0.25 }, 'research-scientist', null, null],
  ] as const)('%j → %s, between %j, split %j', (shares, role, between, split) => {
    const placed = placeShares(shares);
    expect(placed.role).toBe(role);
    expect(placed.between).toEqual(between);
    expect(placed.split).toEqual(split);
  });

  it('follows the dominant share, not the average position', () => {
    // Averages to the middle of the line, but nobody does middle work.
    const placed = placeShares({ research: 0.5, rnd: 0.05, product: 0.45 });
    expect(placed.position).toBeCloseTo(0.475, 3);
    expect(placed.role).toBe('research-scientist');
    expect(placed.split).not.toBeNull();
  });

  it('properties: margin in range, role of the largest share, pairs never both set', () => {
    fc.assert(
      fc.property(mix, (m) => {
        const p = placeShares(m);
        expect(p.margin).toBeGreaterThanOrEqual(0);
        expect(p.margin).toBeLessThanOrEqual(1);
        const top = Math.max(p.shares.research, p.shares.rnd, p.shares.product);
        expect(p.shares[p.dominantWork]).toBeCloseTo(top, 6);
        expect(p.between !== null && p.split !== null).toBe(false);
        if (top >= 0.6) expect(p.between).toBeNull();
      }),
    );
  });
});
