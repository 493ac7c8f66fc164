import {
  type Answers,
  currentStep,
  DEFAULT_QUIZ,
  goBack,
  goNext,
  isDone,
  pickAnswer,
  type QuizSteps,
  skipStep,
  splitAnswers,
  startSteps,
} from '@rolefit/core';
import { focusChoice } from '../app/question-step.ts';
import { focusStep, quizStepForm, stepTitle } from '../app/quiz-step-form.ts';
import { stepKeys } from '../app/step-controls.ts';
import { h } from '../shared/h.ts';

const quiz = DEFAULT_QUIZ;

/**
 * The quiz one question at a time (the app's question steps: radio groups, number keys, Enter,
 * Back), then the optional context questions; calls `onDone` with the scored and context answers.
 */
export function memberQuiz(
  host: HTMLElement,
  onDone: (answers: Answers, context: Answers) => void,
): void {
  let state = startSteps(quiz);
  const progress = h('p', { class: 'progress-text', 'aria-live': 'polite' });
  const body = h('div');
  host.replaceChildren(h('div', { class: 'quiz' }, progress, body));

  /** Take a step the quiz allows (on, back or a skip); say why when it does not move. */
  const move = (moved: QuizSteps) => {
    if (moved === state) {
      const hint = body.querySelector<HTMLElement>('.step-hint');
      if (hint) hint.textContent = 'Pick one answer to go on.';
      const fieldset = body.querySelector('fieldset');
      if (fieldset) focusChoice(fieldset);
      return;
    }
    state = moved;
    if (!isDone(state)) return render();
    const { answers, context } = splitAnswers(quiz, state.answers);
    onDone(answers, context);
  };
  const next = () => move(goNext(state));

  function render() {
    const step = currentStep(state);
    if (!step) return;
    progress.textContent = stepTitle(step);
    const form = quizStepForm(state, {
      heading: 'h2',
      contextLead:
        'They do not move your result. Your lead sees them only as counts: how many people hold a title, or are reviewed on metrics, from another column than their work.',
      finishLabel: 'Send and see my result',
      backDisabled: state.at === 0,
      onPick: (questionId, optionId) => {
        state = pickAnswer(state, questionId, optionId);
        return state;
      },
      onNext: next,
      onBack: () => move(goBack(state)),
      onSkip: () => move(skipStep(state)),
    });
    body.replaceChildren(form);
    focusStep(form);
  }

  host.addEventListener('keydown', stepKeys(body, { next }));
  render();
}
