import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { maxPull, pullStrength, STRONG_PULL } from './pull-strength.ts';
import { score } from './score.ts';

describe('pullStrength', () => {
  const n = DEFAULT_QUIZ.questions.length;

  it('is the largest pull an answer at either end has in the default quiz', () => {
    const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[4]?.id]));
    const r = score(DEFAULT_QUIZ, answers);
    if (!r.ok) throw new Error(r.error.message);
    for (const pull of r.value.why) expect(Math.abs(pull.pull)).toBeCloseTo(maxPull(n));
  });

  it('says strong from STRONG_PULL of the largest pull, slight below, none at the middle', () => {
    expect(pullStrength(maxPull(n), n)).toBe('strong');
    expect(pullStrength(-maxPull(n) * STRONG_PULL, n)).toBe('strong');
    expect(pullStrength(maxPull(n) * STRONG_PULL * 0.99, n)).toBe('slight');
    expect(pullStrength(0, n)).toBe('none');
  });
});
