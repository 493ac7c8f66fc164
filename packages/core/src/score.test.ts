import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceBand } from './confidence.ts';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { GRID } from './grid.ts';
import { QuizResult } from './quiz-result.ts';
import { ROLES } from './roles.ts';
import { score } from './score.ts';

const quiz = DEFAULT_QUIZ;
/** Every scored question answered with the option at the same index. */
const allAt = (index: number) =>
  Object.fromEntries(quiz.questions.map((q) => [q.id, (q.options[index] as { id: string }).id]));
const scored = (answers: unknown) => {
  const r = score(quiz, answers);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const anyAnswers = fc
  .tuple(
    ...quiz.questions.map((q) => fc.constantFrom(...q.options.map((o) => o.id))),
    ...quiz.context.map((q) =>
      fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }),
    ),
  )
  .map((ids) => {
    const all = [...quiz.questions, ...quiz.context];
    return Object.fromEntries(
      all.flatMap((q, i) => (ids[i] === undefined ? [] : [[q.id, ids[i]]])),
    );
  });

describe('score', () => {
  it.each([
    [0, 'research-scientist', 'research', 'separate-tracks', 0],
    [2, 'research-engineer', 'rnd', 'flat', 0.5],
    [4, 'ai-engineer', 'product', 'flat', 1],
  ] as const)(
    'pure answer set %i lands on %s, %s work, %s',
    (index, role, work, regime, position) => {
      const result = scored(allAt(index));
      expect(result.role).toBe(role);
      expect(result.between).toBeNull();
      expect(result.position).toBe(position);
      expect(result.confidence).toBe(1);
      expect(result.dominantWork).toBe(work);
      expect(result.regime.recommended).toBe(regime);
      expect(result.regime.cell).toEqual(GRID[work][regime]);
    },
  );

  it("gives the article's grid cells for the pure ends", () => {
    expect(scored(allAt(0)).regime.cell.fit).toBe('fits');
    expect(scored(allAt(0)).regime.other.fit).toBe('risky');
    expect(scored(allAt(4)).regime.other.fit).toBe('overhead');
    expect(scored(allAt(4)).regime.cell.example).toMatch(/Member of Technical Staff/);
    expect(scored(allAt(0)).regime.cell.example).toMatch(/AlphaFold/);
  });

  it('says "between" when the work straddles a boundary', () => {
    const result = scored(allAt(3)); // every answer half R&D, half product
    expect(result.position).toBe(0.75);
    expect(result.between).toEqual(['research-engineer', 'ai-engineer']);
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('calls research plus product with no R&D two jobs, not the middle role', () => {
    const result = scored({
      'core-question': 'unknown',
      output: 'shipped',
      'optimizes-for': 'novelty',
      'time-horizon': 'weeks',
      background: 'phd',
    });
    expect(result.shares).toEqual({ research: 0.6, rnd: 0, product: 0.4 });
    expect(result.role).toBe('research-scientist');
    expect(result.between).toBeNull();
    expect(result.split).toEqual(['research-scientist', 'ai-engineer']);
    expect(result.dominantWork).toBe('research');
    expect(result.twoJobs?.parts.map((p) => [p.role, p.share])).toEqual([
      ['research-scientist', 0.6],
      ['ai-engineer', 0.4],
    ]);
    expect(result.gradeOn).toEqual(
      expect.arrayContaining([
        ...ROLES['research-scientist'].gradeOn,
        ...ROLES['ai-engineer'].gradeOn,
      ]),
    );
    expect(result.gradeOn.join(' ')).not.toMatch(/experiment velocity/i);
    expect(result.dontGradeOn.join(' ')).toMatch(/research part on uptime/i);
    expect(result.twoJobs?.options.join(' ')).toMatch(/research engineer/);
  });

  it("grades on the role's own column and warns off the others", () => {
    const rs = scored(allAt(0));
    expect(rs.dontGradeOn.join(' ')).toMatch(/uptime/i);
    const ai = scored(allAt(4));
    expect(ai.dontGradeOn.join(' ')).toMatch(/paper/i);
  });

  it("explains each answer's pull so the pulls add up to the position", () => {
    const result = scored({ ...allAt(0), background: 'swe' });
    expect(result.why).toHaveLength(5);
    const sum = result.why.reduce((a, p) => a + p.pull, 0.5);
    expect(sum).toBeCloseTo(result.position, 3);
    expect(result.why.find((p) => p.questionId === 'background')?.toward).toBe('ai-engineer');
  });

  it('finds the smallest change of answers that moves the result to each other role', () => {
    const result = scored(allAt(0));
    const toRe = result.whatWouldChange.find((c) => c.role === 'research-engineer');
    // Five research answers: R&D leads only once three of them are R&D answers.
    expect(toRe?.changes).toHaveLength(3);
    expect(result.changesToFlip).toBe(3);
    const moved = { ...allAt(0) };
    for (const c of toRe?.changes ?? []) moved[c.questionId] = c.to;
    expect(scored(moved)).toMatchObject({ role: 'research-engineer', between: null, split: null });
    expect(result.whatWouldChange.map((c) => c.role)).toEqual(['research-engineer', 'ai-engineer']);
  });

  it('flags a title and review metrics from another column', () => {
    const result = scored({ ...allAt(0), title: 'engineer', 'reviewed-on': 'shipping' });
    expect(result.mismatches.map((m) => m.kind)).toEqual(['title', 'review']);
    expect(result.mismatches[1]?.message).toMatch(/wrong column/);
    expect(
      scored({ ...allAt(0), title: 'research-scientist', 'reviewed-on': 'papers' }).mismatches,
    ).toEqual([]);
    expect(scored({ ...allAt(0), title: 'shared' }).mismatches).toEqual([]);
  });

  it('context answers never move the position', () => {
    expect(scored({ ...allAt(1), title: 'engineer' }).position).toBe(scored(allAt(1)).position);
  });

  it('names the question and the allowed options for a missing or unknown answer', () => {
    const { background: _, ...missing } = allAt(0);
    const r = score(quiz, { ...missing, output: 'tweets', bogus: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.error.issues.map((i) => [i.code, i.path?.[1]]);
    expect(codes).toContainEqual(['missing_answer', 'background']);
    expect(codes).toContainEqual(['unknown_option', 'output']);
    expect(codes).toContainEqual(['unknown_question', 'bogus']);
    expect(r.error.message).toContain('paper, prototype, infra, scaled, shipped');
  });

  it.each([null, [], 'answers', 42])('refuses %j as answers', (bad) => {
    const r = score(quiz, bad);
    expect(r.ok).toBe(false);
  });

  it('properties: in range, shares sum to 1, deterministic, order-free, schema-valid', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = scored(answers);
        expect(result.position).toBeGreaterThanOrEqual(0);
        expect(result.position).toBeLessThanOrEqual(1);
        const { research, rnd, product } = result.shares;
        expect(research + rnd + product).toBeCloseTo(1, 3);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(scored(reversed)).toEqual(result);
        expect(scored(answers)).toEqual(result);
        expect(QuizResult.safeParse(result).success).toBe(true);
        for (const change of result.whatWouldChange) {
          expect(change.role).not.toBe(result.role);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('score: placement by the work that fills the week', () => {
  it('a concentrated mix is never "between"', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = scored(answers);
        if (result.shares[result.dominantWork] >= 0.6) expect(result.between).toBeNull();
        if (result.shares[result.dominantWork] > 0.7) expect(result.split).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('research plus product with little R&D is never the research engineer', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { shares, role, split } = scored(answers);
        if (shares.research >= 0.3 && shares.product >= 0.3 && shares.rnd <= 0.2) {
          expect(role).not.toBe('research-engineer');
          expect(split).toEqual(['research-scientist', 'ai-engineer']);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the role is always the dominant column\'s, and "between" names neighbours only', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const r = scored(answers);
        expect(ROLES[r.role].column).toBe(r.dominantWork);
        for (const c of ['research', 'rnd', 'product'] as const) {
          expect(r.shares[r.dominantWork]).toBeGreaterThanOrEqual(r.shares[c]);
        }
        if (r.between) expect(r.between).not.toEqual(['research-scientist', 'ai-engineer']);
        expect(r.between !== null && r.split !== null).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('applying any suggested change gives exactly the promised role, alone', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = scored(answers);
        for (const change of result.whatWouldChange) {
          const moved: Record<string, string> = { ...result.answers };
          for (const c of change.changes) moved[c.questionId] = c.to;
          const after = scored(moved);
          expect(after.role).toBe(change.role);
          expect(after.between).toBeNull();
          expect(after.split).toBeNull();
          expect(change.changes.length).toBeGreaterThanOrEqual(result.changesToFlip);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('one answer from another role is never high confidence', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = scored(answers);
        if (result.changesToFlip === 1) expect(confidenceBand(result.confidence)).not.toBe('high');
      }),
      { numRuns: 500 },
    );
  });
});
