import type { QuizQuestion } from '@rolefit/core/quiz-schema';
import type { QuizStep } from '@rolefit/core/quiz-steps';
import { h } from '../shared/h.ts';
import type { Messages } from './messages/en.ts';

/** What one question step shows and what it reports back. */
export type QuestionViewProps = {
  question: QuizQuestion;
  /** Core's step: its 1-based number and how many there are, as the progress says them. */
  step: QuizStep;
  picked: string | undefined;
  text: Messages;
  onBack: () => void;
  onNext: (optionId: string) => void;
};

/** A pointer pick goes on by itself after this pause, so the reader sees the choice land. */
const POINTER_ADVANCE_MS = 220;

/**
 * One question as a radio group of real radio inputs: arrows move, number keys pick, Enter goes
 * on; a click or tap goes on by itself. The heading takes focus when the step is shown.
 */
export function questionView(p: QuestionViewProps): HTMLFormElement {
  const { question, text } = p;
  const hint = h('p', { class: 'hint', 'aria-live': 'polite' });
  const inputs = question.options.map((option) =>
    h('input', {
      type: 'radio',
      name: 'option',
      value: option.id,
      checked: option.id === p.picked,
    }),
  );
  let byPointer = false;
  let gone = false;
  const go = () => {
    const picked = inputs.find((input) => input.checked);
    if (!picked) {
      hint.textContent = text.pickFirst;
      return;
    }
    if (gone) return;
    gone = true;
    p.onNext(picked.value);
  };
  const onKey = (event: KeyboardEvent) => {
    byPointer = false;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    // A key is one character or a named key ("Enter"): only the digits 1–n name an option.
    const byNumber = inputs[Number(event.key) - 1];
    if (byNumber) {
      byNumber.checked = true;
      byNumber.focus();
      hint.textContent = '';
    } else if (event.key === 'Enter' && target.localName !== 'button') {
      go();
    } else if (/^Arrow/.test(event.key) && target.localName === 'h2') {
      (inputs.find((input) => input.checked) ?? inputs[0])?.focus();
    } else {
      return;
    }
    event.preventDefault();
  };
  return h(
    'form',
    {
      part: 'question',
      onsubmit: (event) => {
        event.preventDefault();
        go();
      },
      onkeydown: onKey as (event: Event) => void,
      onpointerdown: () => {
        byPointer = true;
      },
      // Radios get a click for every pick, by pointer or arrow key, also when already checked.
      onclick: (event) => {
        if ((event.target as Element).localName !== 'input') return;
        hint.textContent = '';
        if (byPointer) setTimeout(go, POINTER_ADVANCE_MS);
      },
    },
    h('h2', { class: 'prompt', tabindex: -1 }, question.prompt),
    h(
      'div',
      // Named by the question, as the heading above it says it.
      { class: 'options', role: 'radiogroup', 'aria-label': question.prompt },
      question.options.map((option, i) =>
        h(
          'label',
          { class: 'option', part: 'option' },
          inputs[i],
          h('span', { class: 'key', 'aria-hidden': 'true' }, i + 1),
          option.label,
        ),
      ),
    ),
    hint,
    h(
      'div',
      { class: 'nav' },
      p.step.number > 1 &&
        h('button', { type: 'button', part: 'button back-button', onclick: p.onBack }, text.back),
      h(
        'button',
        { type: 'submit', class: 'primary', part: 'button next-button' },
        p.step.number === p.step.of ? text.finish : text.next,
      ),
      h('span', { class: 'keys', 'aria-hidden': 'true' }, text.keys(inputs.length)),
    ),
  );
}
