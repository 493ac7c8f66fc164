import { COLUMN_OF_ROLE, type Column, ROLE_OF_COLUMN } from './ids.ts';
import { en, type Messages } from './messages/en.ts';
import type { Placement } from './placement.ts';
import type { Mismatch } from './quiz-result.ts';
import type { Answers, Quiz } from './quiz-schema.ts';

/**
 * Title or review metrics from another column than the work (the wrong-column trap), read from
 * the context answers. Work between two roles accepts either role's column; a two-jobs week
 * accepts either end (its own advice says how to grade each part). Messages in the words of
 * `messages` (English by default).
 */
export function mismatches(
  quiz: Quiz,
  answers: Answers,
  placement: Pick<Placement, 'dominantWork' | 'between' | 'split'>,
  messages: Messages = en,
): Mismatch[] {
  const work = placement.dominantWork;
  const pair = placement.between ?? placement.split;
  const near = new Set<Column>(pair ? pair.map((r) => COLUMN_OF_ROLE[r]) : [work]);
  const out: Mismatch[] = [];
  for (const q of quiz.context) {
    const option = q.options.find((o) => o.id === answers[q.id]);
    if (!option || option.column === null || near.has(option.column)) continue;
    const workName = messages[`work.${work}.inSentence`];
    // Inside a sentence: "Reviewed on research scientist metrics", not "on Research scientist".
    const roleName = messages['role.inSentence'](
      messages[`role.${ROLE_OF_COLUMN[option.column]}`].name,
    );
    out.push({
      kind: q.kind,
      questionId: q.id,
      optionId: option.id,
      column: option.column,
      workColumn: work,
      message: messages[q.kind === 'title' ? 'mismatch.title' : 'mismatch.review'](
        roleName,
        workName,
      ),
    });
  }
  return out;
}
