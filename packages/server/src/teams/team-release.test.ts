import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MemberAnswer, releasedOf, releaseOf } from './team-release.ts';

/** Answers that each replace nothing; their results are their ids. */
const fresh = (ids: (string | number)[]): MemberAnswer<string>[] =>
  ids.map((id) => ({ id: String(id), replaces: null, result: String(id) }));

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
    expect(releasedOf(fresh(['a', 'b', 'c', 'd', 'e']), 3).shown).toEqual(['a', 'b', 'c']);
    expect(releasedOf(fresh(['a', 'b']), 3).shown).toEqual([]);
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
        const all = fresh(Array.from({ length: Math.max(a, b) }, (_, i) => i));
        const early = releasedOf(all.slice(0, Math.min(a, b)), min).shown;
        const late = releasedOf(all, min).shown;
        expect(late.slice(0, early.length)).toEqual(early);
      }),
    );
  });

  it('an answer given again replaces the earlier one only once its own batch shows', () => {
    const again = { id: 'a2', replaces: 'a', result: 'a2' };
    // a2 waits for its batch: the map still shows a.
    const waiting = releasedOf([...fresh(['a', 'b', 'c']), again], 3);
    expect(waiting).toMatchObject({ shown: ['a', 'b', 'c'], replaced: 0, released: 3 });
    // With d and e, a2's batch shows: a leaves as a2 comes, together with two others.
    const shown = releasedOf([...fresh(['a', 'b', 'c']), again, ...fresh(['d', 'e'])], 3);
    expect(shown).toMatchObject({ shown: ['b', 'c', 'a2', 'd', 'e'], replaced: 1, released: 6 });
    // A chain of answers again: only the latest released one counts.
    const chain = releasedOf(
      [
        ...fresh(['a', 'b', 'c']),
        again,
        { id: 'a3', replaces: 'a2', result: 'a3' },
        ...fresh(['d']),
      ],
      3,
    );
    expect(chain.shown).toEqual(['b', 'c', 'a3', 'd']);
  });

  it('one person answering again and again never shows alone, or below the minimum', () => {
    const one = [
      { id: 'a', replaces: null, result: 'a' },
      { id: 'a2', replaces: 'a', result: 'a2' },
      { id: 'a3', replaces: 'a2', result: 'a3' },
    ];
    expect(releasedOf(one, 3)).toMatchObject({ shown: [], released: 3, replaced: 2 });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.record({ person: fc.nat(8) }), { maxLength: 60 }),
        (min, arrivals) => {
          // Each arrival replaces its person's previous answer, if any.
          const last = new Map<number, string>();
          const answers = arrivals.map(({ person }, i) => {
            const answer = { id: `r${i}`, replaces: last.get(person) ?? null, result: person };
            last.set(person, answer.id);
            return answer;
          });
          const { shown } = releasedOf(answers, min);
          expect(shown.length === 0 || shown.length >= min).toBe(true);
          // Nobody is counted twice.
          expect(new Set(shown).size).toBe(shown.length);
        },
      ),
    );
  });
});
