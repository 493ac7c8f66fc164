import { type AnswersProblem, checkAnswers } from './check-answers.ts';
import { en, type Messages } from './messages/en.ts';
import { mismatches } from './mismatches.ts';
import { type Outcome, ok } from './outcome.ts';
import type { QuizResult } from './quiz-result.ts';
import type { Quiz } from './quiz-schema.ts';
import { scoreChecked } from './score-checked.ts';

/**
 * Score a set of answers: where the work sits on the spectrum, which role it calls for, how to
 * title and grade that role, and why, in the words of `messages` (English by default). Pure and
 * deterministic.
 * @example
 * const r = score(DEFAULT_QUIZ, { 'core-question': 'ship', output: 'shipped', … });
 * if (r.ok) r.value.role // 'ai-engineer'
 */
export function score(
  quiz: Quiz,
  answers: unknown,
  messages: Messages = en,
): Outcome<QuizResult, AnswersProblem> {
  const checked = checkAnswers(quiz, answers, messages);
  if (!checked.ok) return checked;
  const { picked, normalized } = checked.value;
  const result = scoreChecked(quiz, picked, messages);
  return ok({
    ...result,
    answers: normalized,
    mismatches: mismatches(quiz, normalized, result, messages),
  });
}
