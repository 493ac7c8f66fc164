import { describe, expect, it } from 'vitest';
import { orgPortfolio } from './org-portfolio.ts';
import { portfolio } from './portfolio.ts';

const THEORY = { research: 0.8, rnd: 0.2, product: 0 };
const INFRA = { research: 0.1, rnd: 0.8, product: 0.1 };
const PRODUCT = { research: 0, rnd: 0.2, product: 0.8 };

const lab = [
  { id: 't1', name: 'Theory', responses: 6, centre: { shares: THEORY } },
  { id: 't2', name: 'Scaling infra', responses: 3, centre: { shares: INFRA } },
  { id: 't3', name: 'Assistant', responses: 9, centre: { shares: PRODUCT } },
];

const value = <T>(outcome: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
};

describe('an organisation’s portfolio from its teams’ centres (issue 17)', () => {
  it('weighs each team by its responses: the centre is the portfolio of the team centres', () => {
    const org = value(orgPortfolio(lab));
    const expected = value(
      portfolio(lab.map((t) => ({ name: t.name, effort: t.responses, shares: t.centre.shares }))),
    );
    expect(org.weighting).toBe('responses');
    expect(org.centre?.shares).toEqual(expected.shares);
    expect(org.centre?.position).toBe(expected.position);
    expect(org.regime?.recommended).toBe(expected.regime.recommended);
    expect(org.teams.map((t) => t.weight)).toEqual([6 / 18, 3 / 18, 9 / 18]);
    expect(org.heatmap.map((r) => r.team)).toEqual(['Theory', 'Scaling infra', 'Assistant']);
  });

  it('a team below its minimum is listed but weighs nothing and is never against', () => {
    const org = value(
      orgPortfolio([...lab, { id: 't4', name: 'New', responses: 2, centre: null }]),
    );
    const alone = value(orgPortfolio(lab));
    expect(org.centre).toEqual(alone.centre);
    const late = org.teams.find((t) => t.id === 't4');
    expect(late).toMatchObject({ centre: null, weight: 0, against: false });
    expect(org.heatmap).toHaveLength(3);
  });

  it('marks each team whose own work calls for the other regime', () => {
    const org = value(orgPortfolio(lab));
    const recommended = org.regime?.recommended;
    for (const t of org.teams) {
      expect(t.against).toBe(t.centre !== null && t.centre.regime !== recommended);
    }
    // A research group and a product team under one regime: one of them sits against it.
    expect(org.teams.some((t) => t.against)).toBe(true);
  });

  it('weighs by headcount only when asked and every contributing team gave one', () => {
    const counted = lab.map((t, i) => ({ ...t, headcount: [2, 10, 4][i] }));
    const byHead = value(orgPortfolio(counted, { weighting: 'headcount' }));
    expect(byHead.weighting).toBe('headcount');
    expect(byHead.teams.map((t) => t.weight)).toEqual([2 / 16, 10 / 16, 4 / 16]);
    const partial = value(
      orgPortfolio([{ ...lab[0], headcount: 2 }, lab[1], lab[2]], { weighting: 'headcount' }),
    );
    expect(partial.weighting).toBe('responses');
    expect(partial.headcounts).toEqual({ given: 1, of: 3 });
  });

  it('has no centre until a team contributes, and refuses what is not a list of teams', () => {
    const empty = value(orgPortfolio([{ name: 'New', responses: 1, centre: null }]));
    expect(empty).toMatchObject({ centre: null, regime: null, heatmap: [] });
    const bad = orgPortfolio([{ name: '', responses: -1, centre: null }]);
    expect(bad.ok).toBe(false);
  });
});
