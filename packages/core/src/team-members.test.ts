import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { portfolio } from './portfolio.ts';
import { score } from './score.ts';
import { teamMembers, VIEWS_ALIKE_WITHIN, viewsAlike } from './team-members.ts';

const scored = (index: number, context: Record<string, string> = {}) => {
  const answers = Object.fromEntries(
    DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[index]?.id ?? '']),
  );
  const r = score(DEFAULT_QUIZ, { ...answers, ...context });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('teamMembers', () => {
  const results = [
    scored(4, { title: 'research-scientist' }),
    scored(0),
    scored(2, { title: 'engineer', 'reviewed-on': 'papers' }),
  ];

  it('counts each member once: their portfolio, without the items', () => {
    const members = teamMembers(results);
    const expected = portfolio(results.map((r) => ({ effort: 1, result: r })));
    if (!expected.ok) throw new Error(expected.error.message);
    const { items: _, ...team } = expected.value;
    expect(members.portfolio).toEqual(team);
    expect(members.portfolio).not.toHaveProperty('items');
  });

  it('shows positions sorted, never in the order members answered', () => {
    expect(teamMembers(results).positions).toEqual([0, 0.5, 1]);
    expect(teamMembers([...results].reverse()).positions).toEqual([0, 0.5, 1]);
  });

  it('counts roles and wrong-column mismatches, a member with both once in the total', () => {
    const members = teamMembers(results);
    expect(members.roles).toEqual({
      'research-scientist': 1,
      'research-engineer': 1,
      'ai-engineer': 1,
    });
    expect(members.mismatches).toEqual({ title: 2, review: 1, total: 2 });
  });
});

describe('viewsAlike', () => {
  it('is true below VIEWS_ALIKE_WITHIN apart, in either direction, and false from there', () => {
    expect(viewsAlike(0.5, 0.5 + VIEWS_ALIKE_WITHIN / 2)).toBe(true);
    expect(viewsAlike(0.5, 0.5 - VIEWS_ALIKE_WITHIN / 2)).toBe(true);
    expect(viewsAlike(0.2, 0.2 + VIEWS_ALIKE_WITHIN)).toBe(false);
    expect(viewsAlike(0.9, 0.5)).toBe(false);
  });
});
