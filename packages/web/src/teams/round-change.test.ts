import type { Column, Shares } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { roundChange } from './round-change.ts';
import type { TeamSummary } from './team-api.ts';

type Round = TeamSummary['rounds'][number];
type RolePair = NonNullable<NonNullable<Round['centre']>['split']>;

const round = (
  number: number,
  shares: Shares | null,
  dominantWork: Column = 'rnd',
  split: RolePair | null = null,
): Round => ({
  number,
  openedAt: '2026-01-01T00:00:00.000Z',
  closedAt: null,
  responses: shares ? 3 : 1,
  centre: shares && { position: shares.rnd / 2 + shares.product, shares, dominantWork, split },
});

describe('roundChange: what moved between the last two rounds with a centre', () => {
  it('names the share that grew most and the one that shrank most, and each round’s regime', () => {
    const change = roundChange([
      round(1, { research: 0.6, rnd: 0.3, product: 0.1 }, 'research'),
      round(2, { research: 0.3, rnd: 0.55, product: 0.15 }, 'rnd'),
    ]);
    expect(change).toEqual({
      from: 1,
      to: 2,
      grew: { column: 'rnd', from: 0.3, to: 0.55 },
      shrank: { column: 'research', from: 0.6, to: 0.3 },
      regime: { from: 'separate-tracks', to: 'separate-tracks' },
      split: null,
    });
  });

  it('skips a round below its minimum, and compares the last two that have a centre', () => {
    const change = roundChange([
      round(1, { research: 0.1, rnd: 0.3, product: 0.6 }, 'product'),
      round(2, { research: 0.7, rnd: 0.2, product: 0.1 }, 'research'),
      round(3, null),
    ]);
    expect(change?.from).toBe(1);
    expect(change?.to).toBe(2);
    expect(change?.regime).toEqual({ from: 'flat', to: 'separate-tracks' });
  });

  it('calls moves under 5 points steady: no share grew or shrank', () => {
    const change = roundChange([
      round(1, { research: 0.3, rnd: 0.4, product: 0.3 }),
      round(2, { research: 0.27, rnd: 0.44, product: 0.29 }),
    ]);
    expect(change?.grew).toBeNull();
    expect(change?.shrank).toBeNull();
  });

  it('says when the week became two jobs in one, and when it stopped being', () => {
    const ends: RolePair = ['research-scientist', 'ai-engineer'];
    const split = { research: 0.5, rnd: 0.05, product: 0.45 };
    const bridge = { research: 0.2, rnd: 0.6, product: 0.2 };
    expect(roundChange([round(1, bridge), round(2, split, 'research', ends)])?.split).toBe('now');
    expect(roundChange([round(1, split, 'research', ends), round(2, bridge)])?.split).toBe('gone');
  });

  it('has nothing to compare with fewer than two placed rounds', () => {
    expect(roundChange([])).toBeNull();
    expect(roundChange([round(1, { research: 1, rnd: 0, product: 0 }, 'research')])).toBeNull();
    expect(roundChange([round(1, { research: 1, rnd: 0, product: 0 }), round(2, null)])).toBeNull();
  });
});
