import type { RoleId } from './ids.ts';
import { roleAt } from './placement.ts';
import type { ResultChange } from './quiz-result.ts';
import type { Quiz, QuizOption, QuizQuestion } from './quiz-schema.ts';

/** Where one option alone would put the work on the spectrum. */
export const optionPosition = (o: QuizOption): number => o.weights.rnd * 0.5 + o.weights.product;

/**
 * For each other role, the fewest answer changes that land the result there, preferring the
 * change that moves the position least. One depth-first pass over every combination of kept and
 * changed answers (at most 5^5 for the default quiz), on plain numbers so scoring stays cheap.
 */
export function changesToOtherRoles(
  quiz: Quiz,
  picked: QuizOption[],
  role: RoleId,
): ResultChange[] {
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
