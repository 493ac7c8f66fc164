import type { Readable, Writable } from 'node:stream';
import { S_BAR, S_BAR_END, S_BAR_START } from '@clack/prompts';
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
import { hangingLines } from './gutter-lines.ts';
import type { Messages } from './messages/en.ts';
import { styleOf } from './terminal-style.ts';

const SKIP = '\u0000skip';

/**
 * The lines around the questions in clack's frame (its `intro`, `log.message` and `outro`, drawn
 * alike), coloured by the CLI's one decision rather than by clack's look at process.stdout. Text
 * is wrapped to the terminal's width as it is when drawn, inside the gutter: every row of it
 * starts after the bar, where the first row starts, never in the terminal's first column.
 */
function frame(output: Writable, colour: boolean) {
  const { paint } = styleOf(colour);
  const gutter = `${paint('gray', S_BAR)}  `;
  const width = () => (output as { columns?: number }).columns ?? 0;
  const framed = (text: string, first = gutter, rest = gutter) =>
    text
      .split('\n')
      .flatMap((line, i) =>
        line === '' ? [rest.trimEnd()] : hangingLines(line, i === 0 ? first : rest, width(), rest),
      );
  const write = (lines: string[]) => output.write(`${lines.join('\n')}\n`);
  return {
    intro: (title: string) => write(framed(title, `${paint('gray', S_BAR_START)}  `)),
    message: (text: string) => write([gutter.trimEnd(), ...framed(text)]),
    outro: (text: string) =>
      write([gutter.trimEnd(), ...framed(text, `${paint('gray', S_BAR_END)}  `, '   '), '']),
  };
}

/**
 * Ask the quiz in a terminal, one question at a time, with a way back to the previous one; each
 * optional question can be skipped (core's quiz steps, one step per context question). Returns the
 * answers by question id, or null when the person cancels.
 */
export async function askQuiz(
  quiz: Quiz,
  terminal: { input: Readable; output: Writable; colour: boolean },
  t: Messages,
): Promise<Record<string, string> | null> {
  const { input, output, colour } = terminal;
  const { intro, message, outro } = frame(output, colour);
  intro(quiz.title);
  message(quiz.intro);
  let state = startSteps(quiz, { context: 'each' });
  for (let step = currentStep(state); step; step = currentStep(state)) {
    const question = step.questions[0];
    if (!question) break;
    const optional = step.kind === 'context';
    const previous =
      state.answers[question.id] ?? (wasSkipped(state, question.id) ? SKIP : undefined);
    const choice = await choose({
      progress: (optional ? t['quiz.step.optional'] : t['quiz.step'])(step.number, step.of),
      message: question.prompt,
      ...(optional && question.help ? { hint: question.help } : {}),
      options: [
        ...question.options.map((o) => ({ value: o.id, label: o.label })),
        // Skipping clears an answer given before, so the option says so when there is one.
        ...(optional
          ? [
              {
                value: SKIP,
                label: skipClears(state) ? t['quiz.skip.clear'] : t['quiz.skip'],
              },
            ]
          : []),
      ],
      ...(previous === undefined ? {} : { initialValue: previous }),
      canGoBack: state.at > 0,
      colour,
      input,
      output,
      text: t,
    });
    if (choice.kind === 'cancel') return null;
    if (choice.kind === 'back') state = goBack(state);
    else if (choice.value === SKIP) state = skipStep(state);
    else state = goNext(pickAnswer(state, question.id, choice.value));
  }
  outro(t['quiz.scored']);
  return { ...state.answers };
}
