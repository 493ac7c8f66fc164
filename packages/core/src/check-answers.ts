import { fail, type Outcome, ok, type Problem } from './outcome.ts';
import type { Answers, Quiz, QuizOption } from './quiz-schema.ts';

/** Why a set of answers could not be scored: one entry per problem, each naming its question. */
export type AnswersProblem = Problem & { code: 'invalid_answers'; issues: Problem[] };

/**
 * Check answers against a quiz: every scored question answered with one of its options,
 * context questions optional, nothing unknown.
 */
export function checkAnswers(
  quiz: Quiz,
  answers: unknown,
): Outcome<{ picked: QuizOption[]; normalized: Answers }, AnswersProblem> {
  const issues: Problem[] = [];
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    issues.push({
      code: 'invalid_type',
      message: 'answers must be an object mapping question ids to option ids',
      path: ['answers'],
    });
    return fail({ code: 'invalid_answers', message: issues[0]?.message ?? '', issues });
  }
  const given = answers as Record<string, unknown>;
  const known = new Map<string, { options: { id: string }[] }>();
  for (const q of [...quiz.questions, ...quiz.context]) known.set(q.id, q);
  for (const id of Object.keys(given)) {
    if (!known.has(id)) {
      issues.push({
        code: 'unknown_question',
        message: `unknown question "${id}"; questions are: ${[...known.keys()].join(', ')}`,
        path: ['answers', id],
        allowed: [...known.keys()],
      });
    }
  }
  const picked: QuizOption[] = [];
  const normalized: Answers = {};
  const pick = (q: { id: string; options: { id: string }[] }, required: boolean) => {
    const value = Object.hasOwn(given, q.id) ? given[q.id] : undefined;
    const allowed = q.options.map((o) => o.id);
    if (value === undefined || value === null) {
      if (required) {
        issues.push({
          code: 'missing_answer',
          message: `question "${q.id}" has no answer; choose one of: ${allowed.join(', ')}`,
          path: ['answers', q.id],
          allowed,
        });
      }
      return undefined;
    }
    const option = q.options.find((o) => o.id === value);
    if (!option) {
      issues.push({
        code: 'unknown_option',
        message: `question "${q.id}" has no option ${JSON.stringify(value)}; choose one of: ${allowed.join(', ')}`,
        path: ['answers', q.id],
        allowed,
      });
      return undefined;
    }
    normalized[q.id] = option.id;
    return option;
  };
  for (const q of quiz.questions) {
    const option = pick(q, true) as QuizOption | undefined;
    if (option) picked.push(option);
  }
  for (const q of quiz.context) pick(q, false);
  if (issues.length > 0) {
    return fail({
      code: 'invalid_answers',
      message: issues.map((i) => i.message).join('; '),
      issues,
    });
  }
  return ok({ picked, normalized });
}
