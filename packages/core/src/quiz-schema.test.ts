import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { parseQuiz, type Quiz } from './quiz-schema.ts';

const clone = (): Quiz => JSON.parse(JSON.stringify(DEFAULT_QUIZ));
const optionOf = (quiz: Quiz, question: number, option: number) => {
  const found = quiz.questions[question]?.options[option];
  if (!found) throw new Error(`no option ${question}.${option}`);
  return found;
};
const messageOf = (quiz: unknown) => {
  const r = parseQuiz(quiz);
  return r.ok ? '' : r.error.message;
};

describe('quiz schema', () => {
  it('accepts the default quiz: one question per dimension, weights summing to 1', () => {
    expect(parseQuiz(DEFAULT_QUIZ).ok).toBe(true);
    expect(DEFAULT_QUIZ.questions.map((q) => q.dimension)).toEqual([
      'core-question',
      'output',
      'optimizes-for',
      'time-horizon',
      'background',
    ]);
  });

  it('offers options between two columns where real work is mixed', () => {
    for (const q of DEFAULT_QUIZ.questions) {
      const mixed = q.options.filter(
        (o) => Object.values(o.weights).filter((w) => w > 0).length > 1,
      );
      expect(mixed.length, q.id).toBeGreaterThan(0);
    }
  });

  it('rejects weights that do not sum to 1 and says where', () => {
    const quiz = clone();
    optionOf(quiz, 1, 2).weights.rnd = 0.7;
    expect(messageOf(quiz)).toMatch(/questions\.1\.options\.2\.weights: .*"infra".*sum to 0\.7/);
  });

  it('rejects negative weights', () => {
    const quiz = clone();
    optionOf(quiz, 0, 0).weights.research = -1;
    expect(messageOf(quiz)).toMatch(/questions\.0\.options\.0\.weights\.research/);
  });

  it('rejects duplicate question and option ids', () => {
    const quiz = clone();
    (quiz.questions[2] as { id: string }).id = 'output';
    optionOf(quiz, 0, 1).id = 'unknown';
    const message = messageOf(quiz);
    expect(message).toMatch(/questions\.2\.id: duplicate question id "output"/);
    expect(message).toMatch(/duplicate option id "unknown" in question "core-question"/);
  });

  it('rejects a dimension without a question', () => {
    const quiz = clone();
    quiz.questions = quiz.questions.filter((q) => q.dimension !== 'time-horizon');
    expect(messageOf(quiz)).toMatch(/dimension "time-horizon" has no question/);
  });

  it('rejects something that is not a quiz at all', () => {
    expect(messageOf({})).toMatch(/questions/);
    expect(messageOf(null)).not.toBe('');
  });
});
