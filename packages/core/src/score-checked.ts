import { quizConfidence } from './confidence.ts';
import { grading } from './grading.ts';
import { regimeAdvice } from './grid.ts';
import type { Shares } from './ids.ts';
import type { FrameworkMessages } from './messages/en.ts';
import { frameworkEn } from './messages/framework-en.ts';
import { placeShares, roleAt } from './placement.ts';
import type { AnswerPull, QuizResult } from './quiz-result.ts';
import type { Answers, Quiz, QuizOption } from './quiz-schema.ts';
import { optionPosition, searchChanges } from './result-changes.ts';
import { round } from './round.ts';
import { twoJobs } from './two-jobs.ts';

function sharesOf(options: readonly QuizOption[]): Shares {
  const sum = { research: 0, rnd: 0, product: 0 };
  for (const o of options) {
    sum.research += o.weights.research;
    sum.rnd += o.weights.rnd;
    sum.product += o.weights.product;
  }
  return sum;
}

function answerPulls(quiz: Quiz, picked: QuizOption[]): AnswerPull[] {
  // Additive from the middle of the line: position = 0.5 + the sum of every pull.
  return quiz.questions.map((q, i) => {
    const option = picked[i] as QuizOption;
    const p = optionPosition(option);
    return {
      questionId: q.id,
      dimension: q.dimension,
      optionId: option.id,
      label: option.label,
      optionPosition: round(p, 4),
      pull: round((p - 0.5) / picked.length, 4),
      toward: roleAt(p),
    };
  });
}

/**
 * Score the scored questions' answers, already checked: one of the quiz's own options per scored
 * question, in order. Context answers (title, review metrics) are not part of it, so `mismatches`
 * is empty; `score` checks any answers, calls this, and adds the context and its mismatches. A
 * caller that only asks the scored questions (the widget) can call this directly and carry
 * neither the checking nor the mismatch texts. Its text comes from `messages` (English by default).
 */
export function scoreChecked(
  quiz: Quiz,
  picked: QuizOption[],
  messages: FrameworkMessages = frameworkEn,
): QuizResult {
  const answers: Answers = {};
  quiz.questions.forEach((q, i) => {
    answers[q.id] = (picked[i] as QuizOption).id;
  });
  const placement = placeShares(sharesOf(picked));
  const search = searchChanges(quiz, picked, placement.role);
  return {
    quiz: { id: quiz.id, version: quiz.version },
    answers,
    ...placement,
    confidence: quizConfidence(search.changesToFlip, picked.length, placement.margin),
    changesToFlip: search.changesToFlip,
    flipsTo: search.flipsTo,
    regime: regimeAdvice(placement.dominantWork, placement.shares, messages),
    twoJobs: placement.split ? twoJobs(placement.shares, 'role', undefined, messages) : null,
    ...grading(placement, messages),
    why: answerPulls(quiz, picked),
    whatWouldChange: search.changes,
    mismatches: [],
  };
}
