import { ROLE_IDS, type RoleId } from './ids.ts';
import { placeShares } from './placement.ts';
import type { ResultChange } from './quiz-result.ts';
import type { Quiz, QuizOption, QuizQuestion } from './quiz-schema.ts';

/** Where one option alone would put the work on the spectrum. */
export const optionPosition = (o: QuizOption): number => o.weights.rnd * 0.5 + o.weights.product;

/** What the search below finds: the way to each other role, and how close the nearest flip is. */
export type ChangeSearch = {
  /** For each other role, the fewest answer changes after which the result says that role alone. */
  changes: ResultChange[];
  /** The fewest answer changes after which another role leads (between or split included). */
  changesToFlip: number;
  /** The role that leads after those changes (the nearest flip), or null if none can. */
  flipsTo: RoleId | null;
};

const grids = new WeakMap<Quiz, number>();

/** The smallest g that makes every weight times g whole (weights of 0, ½ and 1 give 2), or 1e4. */
function gridOf(quiz: Quiz): number {
  let g = grids.get(quiz);
  if (g === undefined) {
    const weights = quiz.questions.flatMap((q) =>
      q.options.flatMap((o) => [o.weights.research, o.weights.rnd, o.weights.product]),
    );
    g =
      [1, 2, 4, 5, 10, 20, 100].find((k) =>
        weights.every((x) => Math.abs(x * k - Math.round(x * k)) < 1e-9),
      ) ?? 1e4;
    grids.set(quiz, g);
  }
  return g;
}

/** The best way found to one sum of column weights: fewest changes, then least movement. */
type Path = { count: number; moved: number; prev: Path | null; question: number; option: number };

/** Whether `count` changes moving the answers by `moved` beat the path `than` (none: they do). */
const beats = (count: number, moved: number, than: Path | undefined): boolean =>
  !than || count < than.count || (count === than.count && moved < than.moved - 1e-12);

/**
 * For each other role, the fewest answer changes after which the result says that role (not
 * "between", not "two jobs"), preferring the changes that move the position least; and the fewest
 * changes after which any other role leads. Applying a returned change and scoring again gives
 * exactly the promised role: each candidate is placed with the same `placeShares`.
 *
 * Dynamic programming over the column sums: answer sets with the same sums get the same result,
 * and there are few distinct sums (66 for the default quiz), so each is placed once. The key 0 is
 * the empty start in either packing.
 */
export function searchChanges(quiz: Quiz, picked: QuizOption[], role: RoleId): ChangeSearch {
  const n = quiz.questions.length;
  // Sums in whole units of 1/g, packed into one small integer while that fits, else into a
  // string: equal sums must meet in one state.
  const g = gridOf(quiz);
  const span = n * g + 1;
  const packed = span ** 3 < 2 ** 30;
  type State = { r: number; d: number; p: number; path: Path };
  let states: State[] = [
    { r: 0, d: 0, p: 0, path: { count: 0, moved: 0, prev: null, question: -1, option: -1 } },
  ];
  for (let i = 0; i < n; i++) {
    const question = quiz.questions[i] as QuizQuestion;
    const own = picked[i] as QuizOption;
    const steps: { r: number; d: number; p: number; changed: boolean; moved: number }[] = [];
    for (const o of question.options) {
      steps.push({
        r: Math.round(o.weights.research * g),
        d: Math.round(o.weights.rnd * g),
        p: Math.round(o.weights.product * g),
        changed: o.id !== own.id,
        moved: Math.abs(optionPosition(o) - optionPosition(own)),
      });
    }
    const next = new Map<number | string, State>();
    for (const s of states) {
      for (let j = 0; j < steps.length; j++) {
        const step = steps[j] as (typeof steps)[number];
        const r = s.r + step.r;
        const d = s.d + step.d;
        const p = s.p + step.p;
        const count = s.path.count + (step.changed ? 1 : 0);
        const moved = s.path.moved + (step.changed ? step.moved : 0);
        const k: number | string = packed ? (r * span + d) * span + p : `${r},${d},${p}`;
        if (!beats(count, moved, next.get(k)?.path)) continue;
        const path = step.changed ? { count, moved, prev: s.path, question: i, option: j } : s.path;
        next.set(k, { r, d, p, path });
      }
    }
    states = [...next.values()];
  }
  let flip: Path | undefined;
  let flipsTo: RoleId | null = null;
  const best = new Map<RoleId, { path: Path; position: number }>();
  for (const s of states) {
    const placed = placeShares({ research: s.r, rnd: s.d, product: s.p });
    if (placed.role === role) continue;
    if (beats(s.path.count, s.path.moved, flip)) {
      flip = s.path;
      flipsTo = placed.role;
    }
    if (placed.between !== null || placed.split !== null) continue;
    if (beats(s.path.count, s.path.moved, best.get(placed.role)?.path)) {
      best.set(placed.role, { path: s.path, position: placed.position });
    }
  }
  const changes = ROLE_IDS.flatMap((target) => {
    const found = best.get(target);
    if (!found) return [];
    const list: ResultChange['changes'] = [];
    for (let step: Path | null = found.path; step && step.question >= 0; step = step.prev) {
      const question = quiz.questions[step.question] as QuizQuestion;
      const option = question.options[step.option] as QuizOption;
      list.unshift({
        questionId: question.id,
        from: (picked[step.question] as QuizOption).id,
        to: option.id,
        label: option.label,
      });
    }
    return [{ role: target, position: found.position, changes: list }];
  });
  return {
    changes,
    changesToFlip: flip ? flip.count : quiz.questions.length + 1,
    flipsTo,
  };
}
