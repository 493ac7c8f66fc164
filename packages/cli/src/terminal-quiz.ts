import type { Readable, Writable } from 'node:stream';
import { intro, log, outro } from '@clack/prompts';
import {
  currentStep,
  goBack,
  goNext,
  pickAnswer,
  type Quiz,
  skipClears,
  skipStep,
  startSteps,
  wasSkipped,
} from '@rolefit/core';
import { choose } from './choice-prompt.ts';

const SKIP = '\u0000skip';

/**
 * Ask the quiz in a terminal, one question at a time, with a way back to the previous one; each
 * optional question can be skipped (core's quiz steps, one step per context question). Returns the
 * answers by question id, or null when the person cancels.
 */
export async function askQuiz(
  quiz: Quiz,
  terminal: { input: Readable; output: Writable; colour: boolean },
): Promise<Record<string, string> | null> {
  const { input, output, colour } = terminal;
  intro(quiz.title, { output });
  log.message(quiz.intro, { output });
  let state = startSteps(quiz, { context: 'each' });
  for (let step = currentStep(state); step; step = currentStep(state)) {
    const question = step.questions[0];
    if (!question) break;
    const optional = step.kind === 'context';
    const previous =
      state.answers[question.id] ?? (wasSkipped(state, question.id) ? SKIP : undefined);
    const choice = await choose({
      progress: `${optional ? 'Optional' : 'Question'} ${step.number} of ${step.of}`,
      message: question.prompt,
      ...(optional && question.help ? { hint: question.help } : {}),
      options: [
        ...question.options.map((o) => ({ value: o.id, label: o.label })),
        // Skipping clears an answer given before, so the option says so when there is one.
        ...(optional
          ? [
              {
                value: SKIP,
                label: skipClears(state) ? 'Clear my answer and skip' : 'Skip this question',
              },
            ]
          : []),
      ],
      ...(previous === undefined ? {} : { initialValue: previous }),
      canGoBack: state.at > 0,
      colour,
      input,
      output,
    });
    if (choice.kind === 'cancel') return null;
    if (choice.kind === 'back') state = goBack(state);
    else if (choice.value === SKIP) state = skipStep(state);
    else state = goNext(pickAnswer(state, question.id, choice.value));
  }
  outro('Scored. Your result:', { output });
  return { ...state.answers };
}
