import {
  type Answers,
  currentStep,
  goBack,
  goNext,
  isDone,
  pickAnswer,
  type Quiz,
  type QuizSteps,
  skipStep,
  splitAnswers,
  startSteps,
} from '@rolefit/core';
import { focusChoice } from '../app/question-step.ts';
import { focusStep, quizStepForm, stepTitle } from '../app/quiz-step-form.ts';
import { stepKeys } from '../app/step-controls.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';

const t = messages();

/**
 * The quiz one question at a time (the app's question steps: radio groups, number keys, Enter,
 * Back), then the optional context questions; calls `onDone` with the scored and context answers.
 */
export function memberQuiz(
  host: HTMLElement,
  quiz: Quiz,
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
      if (hint) hint.textContent = t['quiz.hint.pick'];
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
      contextLead: t['join.context.lead'],
      finishLabel: t['join.finish'],
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
