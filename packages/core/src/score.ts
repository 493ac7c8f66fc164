import { type AnswersProblem, checkAnswers } from './check-answers.ts';
import { GRID, titlingRegime } from './grid.ts';
import type { Shares } from './ids.ts';
import { mismatches } from './mismatches.ts';
import { type Outcome, ok } from './outcome.ts';
import { placeShares, roleAt } from './placement.ts';
import type { AnswerPull, QuizResult } from './quiz-result.ts';
import type { Quiz, QuizOption } from './quiz-schema.ts';
import { changesToOtherRoles, optionPosition } from './result-changes.ts';
import { ROLES } from './roles.ts';

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
      optionPosition: Math.round(p * 1e4) / 1e4,
      pull: Math.round(((p - 0.5) / picked.length) * 1e4) / 1e4,
      toward: roleAt(p),
    };
  });
}

/**
 * Score a set of answers: where the work sits on the spectrum, which role it calls for, how to
 * title and grade that role, and why. Pure and deterministic.
 * @example
 * const r = score(DEFAULT_QUIZ, { 'core-question': 'ship', output: 'shipped', … });
 * if (r.ok) r.value.role // 'ai-engineer'
 */
export function score(quiz: Quiz, answers: unknown): Outcome<QuizResult, AnswersProblem> {
  const checked = checkAnswers(quiz, answers);
  if (!checked.ok) return checked;
  const { picked, normalized } = checked.value;
  const placement = placeShares(sharesOf(picked));
  const recommended = titlingRegime(placement.dominantWork, placement.shares);
  const otherRegime = recommended === 'flat' ? 'separate-tracks' : 'flat';
  const role = ROLES[placement.role];
  return ok({
    quiz: { id: quiz.id, version: quiz.version },
    answers: normalized,
    ...placement,
    regime: {
      recommended,
      cell: GRID[placement.dominantWork][recommended],
      other: GRID[placement.dominantWork][otherRegime],
    },
    gradeOn: role.gradeOn,
    dontGradeOn: role.dontGradeOn,
    why: answerPulls(quiz, picked),
    whatWouldChange: changesToOtherRoles(quiz, picked, placement.role),
    mismatches: mismatches(quiz, normalized, placement.dominantWork, placement.between),
  });
}
