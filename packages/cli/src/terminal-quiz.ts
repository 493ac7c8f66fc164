import type { Readable, Writable } from 'node:stream';
import { intro, log, outro } from '@clack/prompts';
import type { Quiz } from '@rolefit/core';
import { choose } from './choice-prompt.ts';

const SKIP = '\u0000skip';

type Step = {
  id: string;
  progress: string;
  message: string;
  hint?: string;
  options: { value: string; label: string }[];
};

/** The quiz as a list of steps: the scored questions, then the optional context questions. */
function stepsOf(quiz: Quiz): Step[] {
  const scored = quiz.questions.map((q, i) => ({
    id: q.id,
    progress: `Question ${i + 1} of ${quiz.questions.length}`,
    message: q.prompt,
    options: q.options.map((o) => ({ value: o.id, label: o.label })),
  }));
  const context = quiz.context.map((q, i) => ({
    id: q.id,
    progress: `Optional ${i + 1} of ${quiz.context.length}`,
    message: q.prompt,
    ...(q.help ? { hint: q.help } : {}),
    options: [
      ...q.options.map((o) => ({ value: o.id, label: o.label })),
      { value: SKIP, label: 'Skip this question' },
    ],
  }));
  return [...scored, ...context];
}

/**
 * Ask the quiz in a terminal, one question at a time, with a way back to the previous one.
 * Returns the answers by question id, or null when the person cancels.
 */
export async function askQuiz(
  quiz: Quiz,
  terminal: { input: Readable; output: Writable; colour: boolean },
): Promise<Record<string, string> | null> {
  const { input, output, colour } = terminal;
  intro(quiz.title, { output });
  log.message(quiz.intro, { output });
  const steps = stepsOf(quiz);
  const answers: Record<string, string> = {};
  const skipped = new Set<string>();
  let at = 0;
  while (at < steps.length) {
    const step = steps[at] as Step;
    const previous = answers[step.id] ?? (skipped.has(step.id) ? SKIP : undefined);
    const choice = await choose({
      ...step,
      ...(previous === undefined ? {} : { initialValue: previous }),
      canGoBack: at > 0,
      colour,
      input,
      output,
    });
    if (choice.kind === 'cancel') return null;
    if (choice.kind === 'back') {
      at -= 1;
      continue;
    }
    if (choice.value === SKIP) {
      delete answers[step.id];
      skipped.add(step.id);
    } else {
      answers[step.id] = choice.value;
      skipped.delete(step.id);
    }
    at += 1;
  }
  outro('Scored. Your result:', { output });
  return answers;
}
