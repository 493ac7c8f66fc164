import { h } from '../shared/h.ts';

/** A question as the step shows it: scored and context questions alike. */
export type StepQuestion = {
  id: string;
  prompt: string;
  help?: string | undefined;
  options: readonly { id: string; label: string }[];
};

/**
 * One question as a native radio group (arrow keys move within it for free), each option with
 * the number key that picks it.
 * @example questionFieldset(q, answers[q.id], (id) => save(q.id, id), 'h1')
 */
export function questionFieldset(
  question: StepQuestion,
  chosen: string | undefined,
  onPick: (optionId: string) => void,
  heading: 'h1' | 'h2',
): HTMLFieldSetElement {
  const helpId = `${question.id}-help`;
  return h(
    'fieldset',
    { class: 'question', 'data-question': question.id },
    h('legend', null, h(heading, { class: 'question-prompt', tabindex: -1 }, question.prompt)),
    question.help && h('p', { class: 'question-help', id: helpId }, question.help),
    h(
      'div',
      { class: 'options' },
      question.options.map((option, i) =>
        h(
          'label',
          { class: 'option' },
          h('input', {
            type: 'radio',
            name: question.id,
            value: option.id,
            checked: option.id === chosen,
            'aria-describedby': question.help ? helpId : null,
            onchange: () => onPick(option.id),
          }),
          h('span', { class: 'option-key', 'aria-hidden': 'true' }, String(i + 1)),
          h('span', { class: 'option-label' }, option.label),
        ),
      ),
    ),
  );
}

/** Check and focus option `index` (0-based) of a radio group; false when it has no such option. */
export function pickOption(fieldset: HTMLFieldSetElement, index: number): boolean {
  const radio = fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')[index];
  if (!radio) return false;
  radio.focus();
  if (!radio.checked) {
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return true;
}

/** Focus the checked option of a radio group, or its first one. */
export function focusChoice(fieldset: HTMLFieldSetElement) {
  const radio =
    fieldset.querySelector<HTMLInputElement>('input[type=radio]:checked') ??
    fieldset.querySelector<HTMLInputElement>('input[type=radio]');
  radio?.focus();
}
