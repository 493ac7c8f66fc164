import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releasedOf, releaseOf } from './team-release.ts';

describe('releasing a team’s answers in batches (issue 13 item 11)', () => {
  it('shows nothing before the minimum, then whole batches', () => {
    expect(releaseOf(0, 3)).toEqual({ released: 0, nextReleaseAt: 3 });
    expect(releaseOf(2, 3)).toEqual({ released: 0, nextReleaseAt: 3 });
    expect(releaseOf(3, 3)).toEqual({ released: 3, nextReleaseAt: 6 });
    expect(releaseOf(4, 3)).toEqual({ released: 3, nextReleaseAt: 6 });
    expect(releaseOf(11, 3)).toEqual({ released: 9, nextReleaseAt: 12 });
    expect(releaseOf(12, 3)).toEqual({ released: 12, nextReleaseAt: 15 });
    expect(releaseOf(9, 5)).toEqual({ released: 5, nextReleaseAt: 10 });
  });

  it('releases the oldest answers; later ones wait for their batch', () => {
    expect(releasedOf(['a', 'b', 'c', 'd', 'e'], 3)).toEqual(['a', 'b', 'c']);
    expect(releasedOf(['a', 'b'], 3)).toEqual([]);
  });

  it('two looks at any two counts differ by nothing or by at least a whole batch', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 50 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (min, a, b) => {
          const [early, late] = [releaseOf(Math.min(a, b), min), releaseOf(Math.max(a, b), min)];
          const gained = late.released - early.released;
          expect(gained === 0 || gained >= min).toBe(true);
          expect(late.released % min).toBe(0);
          expect(Math.max(a, b) - late.released).toBeLessThan(min);
          expect(late.nextReleaseAt - late.released).toBe(min);
        },
      ),
    );
  });

  it('a later release holds the earlier one whole: answers are only ever added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 10 }), fc.nat(60), fc.nat(60), (min, a, b) => {
        const all = Array.from({ length: Math.max(a, b) }, (_, i) => i);
        const early = releasedOf(all.slice(0, Math.min(a, b)), min);
        const late = releasedOf(all, min);
        expect(late.slice(0, early.length)).toEqual(early);
      }),
    );
  });
});
