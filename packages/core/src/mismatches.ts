import { WORK_KINDS } from './grid.ts';
import { COLUMN_OF_ROLE, type Column, ROLE_OF_COLUMN } from './ids.ts';
import type { Placement } from './placement.ts';
import type { Mismatch } from './quiz-result.ts';
import type { Answers, Quiz } from './quiz-schema.ts';
import { ROLES } from './roles.ts';

/**
 * Title or review metrics from another column than the work (the wrong-column trap), read from
 * the context answers. Work between two roles accepts either role's column; a two-jobs week
 * accepts either end (its own advice says how to grade each part).
 */
export function mismatches(
  quiz: Quiz,
  answers: Answers,
  placement: Pick<Placement, 'dominantWork' | 'between' | 'split'>,
): Mismatch[] {
  const work = placement.dominantWork;
  const pair = placement.between ?? placement.split;
  const near = new Set<Column>(pair ? pair.map((r) => COLUMN_OF_ROLE[r]) : [work]);
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
