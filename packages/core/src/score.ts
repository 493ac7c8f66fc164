import { GRID, titlingRegime, WORK_KINDS } from './grid.ts';
import { COLUMN_OF_ROLE, type Column, ROLE_OF_COLUMN, type RoleId, type Shares } from './ids.ts';
import { fail, type Outcome, ok, type Problem } from './outcome.ts';
import { placeShares, roleAt } from './placement.ts';
import type { AnswerPull, Mismatch, QuizResult, ResultChange } from './quiz-result.ts';
import type { Answers, Quiz, QuizOption, QuizQuestion } from './quiz-schema.ts';
import { ROLES } from './roles.ts';

/** Why a set of answers could not be scored: one entry per problem, each naming its question. */
export type AnswersProblem = Problem & { code: 'invalid_answers'; issues: Problem[] };

const optionPosition = (o: QuizOption) => o.weights.rnd * 0.5 + o.weights.product;

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
 * For each other role, the fewest answer changes that land the result there, preferring the
 * change that moves the position least. One depth-first pass over every combination of kept and
 * changed answers (at most 5^5 for the default quiz), on plain numbers so scoring stays cheap.
 */
function changesToOtherRoles(quiz: Quiz, picked: QuizOption[], role: RoleId): ResultChange[] {
  const n = picked.length;
  const base = picked.map(optionPosition);
  const baseSum = base.reduce((a, b) => a + b, 0);
  const alternatives = quiz.questions.map((q, i) =>
    q.options.filter((o) => o.id !== (picked[i] as QuizOption).id),
  );
  // Position change of each alternative, so the search below touches only numbers.
  const deltas = alternatives.map((options, i) =>
    options.map((o) => optionPosition(o) - (base[i] as number)),
  );
  type Best = { count: number; delta: number; choice: number[] };
  const best = new Map<RoleId, Best>();
  const choice: number[] = new Array(n).fill(-1);
  // Iterative deepening: try every way to change exactly k answers before trying k + 1.
  let k = 1;
  const visit = (i: number, shift: number, count: number) => {
    if (n - i < k - count) return;
    if (i === n) {
      const target = roleAt((baseSum + shift) / n);
      if (target === role) return;
      const delta = Math.abs(shift);
      const current = best.get(target);
      if (
        !current ||
        count < current.count ||
        (count === current.count && delta < current.delta - 1e-12)
      ) {
        best.set(target, { count, delta, choice: choice.slice() });
      }
      return;
    }
    visit(i + 1, shift, count);
    if (count === k) return;
    const own = deltas[i] as number[];
    for (let j = 0; j < own.length; j++) {
      choice[i] = j;
      visit(i + 1, shift + (own[j] as number), count + 1);
    }
    choice[i] = -1;
  };
  for (; k <= n && best.size < 2; k++) visit(0, 0, 0);
  const order: RoleId[] = ['research-scientist', 'research-engineer', 'ai-engineer'];
  return order.flatMap((target) => {
    const found = best.get(target);
    if (!found) return [];
    const changes = found.choice.flatMap((j, i) => {
      const option = alternatives[i]?.[j];
      if (!option) return [];
      const questionId = (quiz.questions[i] as QuizQuestion).id;
      return [
        { questionId, from: (picked[i] as QuizOption).id, to: option.id, label: option.label },
      ];
    });
    const sum = found.choice.reduce(
      (acc, j, i) => acc + (j < 0 ? 0 : ((deltas[i] as number[])[j] as number)),
      baseSum,
    );
    return [{ role: target, position: Math.round((sum / n) * 1e4) / 1e4, changes }];
  });
}

function mismatches(
  quiz: Quiz,
  answers: Answers,
  work: Column,
  between: [RoleId, RoleId] | null,
): Mismatch[] {
  const near = new Set<Column>(between ? between.map((r) => COLUMN_OF_ROLE[r]) : [work]);
  const out: Mismatch[] = [];
  for (const q of quiz.context) {
    const option = q.options.find((o) => o.id === answers[q.id]);
    if (!option || option.column === null || near.has(option.column)) continue;
    // Lower-case the kind of work mid-sentence, but keep the acronym in "R&D-heavy".
    const workName = WORK_KINDS[work].name.replace(/^[A-Z](?!&)/, (c) => c.toLowerCase());
    const roleName = ROLES[ROLE_OF_COLUMN[option.column]].name;
    out.push({
      kind: q.kind,
      questionId: q.id,
      optionId: option.id,
      column: option.column,
      workColumn: work,
      message:
        q.kind === 'title'
          ? `The title says ${roleName}, but the work is ${workName}. A title sets expectations and a ladder; this one points at another column.`
          : `Reviewed on ${roleName} metrics while the work is ${workName}: that is grading on the wrong column.`,
    });
  }
  return out;
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
