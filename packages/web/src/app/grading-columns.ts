import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';

const t = messages();

/**
 * What to grade a role on beside what not to (the wrong-column trap), as two lists.
 * @example gradingColumns(result) // <div class="two-col">…</div>
 */
export function gradingColumns(
  grade: { gradeOn: readonly string[]; dontGradeOn: readonly string[] },
  headings: { on: string; off: string } = { on: t['grading.on'], off: t['grading.off'] },
): HTMLElement {
  const list = (className: string, heading: string, items: readonly string[], mark: string) =>
    h(
      'div',
      { class: className },
      h('h3', null, heading),
      h(
        'ul',
        { class: mark },
        items.map((item) => h('li', null, item)),
      ),
    );
  return h(
    'div',
    { class: 'two-col' },
    list('grade-on', headings.on, grade.gradeOn, 'checks'),
    list('grade-off', headings.off, grade.dontGradeOn, 'crosses'),
  );
}
