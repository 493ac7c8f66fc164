import type { FrameworkMessages } from './messages/en.ts';
import { frameworkEn } from './messages/framework-en.ts';
import type { Placement } from './placement.ts';
import { rolesIn } from './roles.ts';

/** What to grade a placed week on, and what not: one role's lists, or both parts of a two-jobs week. */
export type Grading = { gradeOn: string[]; dontGradeOn: string[] };

/**
 * The grade-on lists for a placement, in the words of a catalogue (English by default). A
 * two-jobs week is graded on both parts' own columns (the larger part first), and warned off
 * grading either part on the other's column.
 * @example grading(placeShares({ research: 1, rnd: 0, product: 0 })).gradeOn[0]
 */
export function grading(
  placement: Pick<Placement, 'role' | 'split'>,
  messages: FrameworkMessages = frameworkEn,
): Grading {
  const roles = rolesIn(messages);
  if (!placement.split) {
    const role = roles[placement.role];
    return { gradeOn: [...role.gradeOn], dontGradeOn: [...role.dontGradeOn] };
  }
  const first = placement.role;
  const second = placement.split.find((r) => r !== first) ?? placement.split[1];
  return {
    gradeOn: [...roles[first].gradeOn, ...roles[second].gradeOn],
    dontGradeOn: [...messages['twoJobs.dontGradeOn']],
  };
}
