import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { portfolio, staffingFor } from './portfolio.ts';
import { score } from './score.ts';

const mapped = (items: unknown) => {
  const r = portfolio(items);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('portfolio', () => {
  it('weights workstreams by effort to find the centre of gravity', () => {
    const team = mapped([
      { name: 'Pretraining research', effort: 1, work: 'research' },
      { name: 'Eval infrastructure', effort: 1, work: 'rnd' },
      { name: 'Assistant product', effort: 6, work: 'product' },
    ]);
    expect(team.position).toBeCloseTo((0 + 0.5 + 6) / 8, 4);
    expect(team.dominantWork).toBe('product');
    expect(team.regime.recommended).toBe('flat');
    expect(team.staffingMix['ai-engineer']).toBeCloseTo(0.75, 4);
    expect(team.spread).toBeGreaterThan(0);
    expect(team.items.map((i) => i.work)).toEqual(['research', 'rnd', 'product']);
  });

  it('puts a research-heavy lab on separate tracks', () => {
    const lab = mapped([
      { effort: 5, shares: { research: 0.8, rnd: 0.2, product: 0 } },
      { effort: 2, work: 'rnd' },
    ]);
    expect(lab.dominantWork).toBe('research');
    expect(lab.regime.recommended).toBe('separate-tracks');
    expect(lab.regime.other.fit).toBe('risky');
  });

  it('takes quiz results as members', () => {
    const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[2]?.id]));
    const result = score(DEFAULT_QUIZ, answers);
    if (!result.ok) throw new Error('unscorable');
    const team = mapped([{ result: result.value }, { result: result.value }]);
    expect(team.role).toBe('research-engineer');
    expect(team.spread).toBe(0);
    expect(team.count).toBe(2);
  });

  it('refuses empty, ambiguous or zero-effort items with a message', () => {
    expect(portfolio([])).toMatchObject({ ok: false, error: { message: /at least one/ } });
    expect(
      portfolio([{ effort: 1, work: 'rnd', shares: { research: 1, rnd: 0, product: 0 } }]),
    ).toMatchObject({
      ok: false,
      error: { message: /exactly one/ },
    });
    expect(portfolio([{ effort: 0, work: 'rnd' }])).toMatchObject({
      ok: false,
      error: { message: /items\.0\.effort/ },
    });
    expect(portfolio([{ shares: { research: 0, rnd: 0, product: 0 } }])).toMatchObject({
      ok: false,
    });
    expect(portfolio('team')).toMatchObject({ ok: false });
  });

  it('properties: centre in range, shares sum to 1, order of items irrelevant', () => {
    const item = fc.record({
      effort: fc.double({ min: 0.1, max: 100, noNaN: true }),
      work: fc.constantFrom('research', 'rnd', 'product'),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (items) => {
        const a = mapped(items);
        const b = mapped([...items].reverse());
        expect(a.position).toBeGreaterThanOrEqual(0);
        expect(a.position).toBeLessThanOrEqual(1);
        expect(a.shares.research + a.shares.rnd + a.shares.product).toBeCloseTo(1, 3);
        expect(b.position).toBeCloseTo(a.position, 4);
        expect(b.role).toBe(a.role);
      }),
    );
  });
});

describe('staffingFor', () => {
  it('rounds a mix to whole people that add up to the team size', () => {
    const mix = { 'research-scientist': 0.15, 'research-engineer': 0.5, 'ai-engineer': 0.35 };
    expect(staffingFor(mix, 10)).toEqual({
      'research-scientist': 2,
      'research-engineer': 5,
      'ai-engineer': 3,
    });
    for (const n of [1, 3, 7, 13]) {
      const counts = Object.values(staffingFor(mix, n));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });
});
