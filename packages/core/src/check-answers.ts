import { en, type Messages } from './messages/en.ts';
import { fail, type Outcome, ok, type Problem } from './outcome.ts';
import type { Answers, Quiz, QuizOption } from './quiz-schema.ts';

/** Why a set of answers could not be scored: one entry per problem, each naming its question. */
export type AnswersProblem = Problem & { code: 'invalid_answers'; issues: Problem[] };

/**
 * Check answers against a quiz: every scored question answered with one of its options,
 * context questions optional, nothing unknown. Problems are worded from `messages`.
 */
export function checkAnswers(
  quiz: Quiz,
  answers: unknown,
  messages: Messages = en,
): Outcome<{ picked: QuizOption[]; normalized: Answers }, AnswersProblem> {
  const issues: Problem[] = [];
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    issues.push({
      code: 'invalid_type',
      message: messages['answers.notObject'],
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
        message: messages['answers.unknownQuestion'](id, [...known.keys()]),
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
          message: messages['answers.missing'](q.id, allowed),
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
        message: messages['answers.unknownOption'](q.id, JSON.stringify(value), allowed),
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
