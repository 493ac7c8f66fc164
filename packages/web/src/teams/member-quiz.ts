import { type Answers, DEFAULT_QUIZ } from '@rolefit/core';
import { h } from '../app/h.ts';
import { focusChoice, questionFieldset } from '../app/question-step.ts';
import { stepForm, stepKeys, stepNav } from '../app/step-controls.ts';

const quiz = DEFAULT_QUIZ;
const n = quiz.questions.length;

/**
 * The quiz one question at a time (the app's question steps: radio groups, number keys, Enter,
 * Back), then the optional context questions; calls `onDone` with the scored and context answers.
 */
export function memberQuiz(
  host: HTMLElement,
  onDone: (answers: Answers, context: Answers) => void,
): void {
  const picked: Answers = {};
  let step = 1;
  const progress = h('p', { class: 'progress-text', 'aria-live': 'polite' });
  const body = h('div');
  host.replaceChildren(h('div', { class: 'quiz' }, progress, body));

  const finish = (withContext: boolean) => {
    const answers: Answers = {};
    const context: Answers = {};
    for (const q of quiz.questions) answers[q.id] = picked[q.id] as string;
    for (const q of quiz.context) {
      const a = picked[q.id];
      if (withContext && a !== undefined) context[q.id] = a;
    }
    onDone(answers, context);
  };

  const next = () => {
    const q = quiz.questions[step - 1];
    if (step <= n && q && picked[q.id] === undefined) {
      const hint = body.querySelector<HTMLElement>('.step-hint');
      if (hint) hint.textContent = 'Pick one answer to go on.';
      return;
    }
    if (step > n) return finish(true);
    step += 1;
    render();
  };
  const back = () => {
    if (step > 1) {
      step -= 1;
      render();
    }
  };
  const pick = (id: string) => (option: string) => {
    picked[id] = option;
  };

  function render() {
    const hint = h('p', { class: 'step-hint', role: 'status' });
    const nav = (label: string, extra?: HTMLElement) =>
      stepNav({ onBack: back, nextLabel: label, backDisabled: step === 1, extra });
    const form = (...children: (HTMLElement | false)[]) => stepForm(next, ...children);
    if (step <= n) {
      const q = quiz.questions[step - 1];
      if (!q) return;
      progress.textContent = `Question ${step} of ${n}`;
      const fieldset = questionFieldset(q, picked[q.id], pick(q.id), 'h2');
      body.replaceChildren(form(fieldset, hint, nav('Next')));
      focusChoice(fieldset);
      return;
    }
    progress.textContent = 'Two optional questions';
    const skip = h(
      'button',
      { type: 'button', class: 'button quiet', onclick: () => finish(false) },
      'Skip',
    );
    body.replaceChildren(
      form(
        h('h2', { class: 'context-title', tabindex: -1 }, 'Two optional questions'),
        h(
          'p',
          { class: 'lead' },
          'They do not move your result. Your lead sees them only as counts: how many people hold a title, or are reviewed on metrics, from another column than their work.',
        ),
        ...quiz.context.map((q) => questionFieldset(q, picked[q.id], pick(q.id), 'h2')),
        hint,
        nav('Send and see my result', skip),
      ),
    );
    body.querySelector<HTMLElement>('h2')?.focus();
  }

  host.addEventListener('keydown', stepKeys(body, { next }));
  render();
}
