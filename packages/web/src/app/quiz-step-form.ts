import { canSkip, currentStep, type QuizStep, type QuizSteps, skipClears } from '@rolefit/core';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { focusChoice, questionFieldset } from './question-step.ts';
import { stepForm, stepNav } from './step-controls.ts';

const t = messages();

/** What a step is called in the progress line and the tab title: "Question 3 of 5". */
export function stepTitle(step: QuizStep): string {
  return step.kind === 'scored'
    ? t['quiz.step.title'](step.number, step.of)
    : t['quiz.count.optional'](step.questions.length);
}

/** Skipping an optional step clears what was picked on it, and then says so on the button. */
const skipLabel = (state: QuizSteps) => (skipClears(state) ? t['quiz.skip.clear'] : t['quiz.skip']);

/** A pointer pick goes on by itself after this pause, so the reader sees the choice land. */
export const POINTER_ADVANCE_MS = 220;

/**
 * A click or tap on an option of a scored question goes on by itself after a short pause, as
 * the widget's does; keys don't (arrows move between options, a number picks, Enter goes on).
 * Going on some other way first (Next, Enter) leaves the pending step alone.
 */
function advanceOnPointerPick(form: HTMLFormElement, next: () => void): void {
  let byPointer = false;
  let pending = false;
  form.addEventListener('keydown', () => {
    byPointer = false;
  });
  form.addEventListener('pointerdown', () => {
    byPointer = true;
  });
  // Radios get a click for every pick, by pointer or by arrow key, also when already checked.
  form.addEventListener('click', (event) => {
    if ((event.target as Element).localName !== 'input' || !byPointer || pending) return;
    pending = true;
    form.classList.add('step-leaving');
    setTimeout(() => {
      if (form.isConnected) next();
    }, POINTER_ADVANCE_MS);
  });
}

/** How the step form looks on a page and what it reports back. */
export type QuizStepFormProps = {
  /** The heading level of the step's question or title: h1 on a page of its own. */
  heading: 'h1' | 'h2';
  /** Under the optional step's title: why those questions are asked and who sees them. */
  contextLead: string;
  /** The label of the button on the last step, which finishes the quiz. */
  finishLabel: string;
  backDisabled?: boolean;
  /** Record a pick and return the new state. */
  onPick: (questionId: string, optionId: string) => QuizSteps;
  onNext: () => void;
  onBack: () => void;
  onSkip: () => void;
};

/**
 * The step on screen as a form: a scored question, which a click or tap on an option answers
 * and leaves, or the optional questions with Skip (labelled "Clear and skip" once something on
 * the step is picked, so no answer is dropped silently).
 * Every quiz page of the app shows its steps with this.
 * @example host.replaceChildren(quizStepForm(state, props)); focusStep(host)
 */
export function quizStepForm(state: QuizSteps, props: QuizStepFormProps): HTMLFormElement {
  const step = currentStep(state);
  const hint = h('p', { class: 'step-hint', role: 'status' });
  const last = state.at === state.steps.length - 1;
  const skip =
    canSkip(state) &&
    h('button', { type: 'button', class: 'button quiet', onclick: props.onSkip }, skipLabel(state));
  const fieldsets = (step?.questions ?? []).map((q) =>
    questionFieldset(
      q,
      state.answers[q.id],
      (option) => {
        const picked = props.onPick(q.id, option);
        if (skip) skip.textContent = skipLabel(picked);
      },
      step?.kind === 'scored' ? props.heading : 'h2',
    ),
  );
  const nav = stepNav({
    onBack: props.onBack,
    nextLabel: last ? props.finishLabel : t['quiz.next'],
    backDisabled: props.backDisabled ?? false,
    extra: skip || undefined,
  });
  if (step?.kind !== 'context') {
    const form = stepForm(props.onNext, ...fieldsets, hint, nav);
    advanceOnPointerPick(form, props.onNext);
    return form;
  }
  return stepForm(
    props.onNext,
    h(props.heading, { class: 'context-title', tabindex: -1 }, stepTitle(step)),
    h('p', { class: 'lead' }, props.contextLead),
    ...fieldsets,
    hint,
    nav,
  );
}

/** Focus a step form: the picked (or first) option of a question, or the optional step's title. */
export function focusStep(form: HTMLElement): void {
  const title = form.querySelector<HTMLElement>('.context-title');
  const fieldset = form.querySelector('fieldset');
  if (title) title.focus();
  else if (fieldset) focusChoice(fieldset);
}
