import type { Readable, Writable } from 'node:stream';
import { type Messages as CoreMessages, jobBrief, type Quiz, score } from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { renderResult } from '../render-result.ts';
import { colourOn, terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/** `rolefit quiz`: take `quiz` in the terminal and print the result, worded from `t` and `m`. */
export const quizCommand = (io: CliIo, quiz: Quiz, t: Messages, m: CoreMessages) =>
  defineCommand({
    meta: {
      name: 'quiz',
      description: t['quiz.help'],
    },
    args: {
      json: { type: 'boolean', description: t['quiz.help.json'] },
      brief: { type: 'boolean', description: t['quiz.help.brief'] },
    },
    async run({ args }) {
      if (args.json && args.brief) throw new CliError(t['quiz.jsonAndBrief'], EXIT.usage);
      if (!(io.stdin as { isTTY?: boolean }).isTTY) {
        throw new CliError(t['quiz.noTerminal'], EXIT.usage);
      }
      // Questions go to the terminal; when stdout is redirected (quiz --json > result.json)
      // they go to stderr so that only the result lands in the file.
      const output = (io.stdout.isTTY ? io.stdout : io.stderr) as Writable;
      const colour = colourOn(output as { isTTY?: boolean }, io.env);
      // The prompts are loaded only here: the other commands do not pay for them.
      const { askQuiz } = await import('../terminal-quiz.ts');
      const answers = await askQuiz(quiz, { input: io.stdin as Readable, output, colour }, t);
      if (answers === null) throw new CliError(t['quiz.cancelled'], EXIT.cancelled);
      const result = score(quiz, answers, m);
      // The prompts only offer the quiz's own options, so a failure here is a bug.
      if (!result.ok)
        throw new Error(`terminal quiz produced unscorable answers: ${result.error.message}`);
      if (args.json) io.out(JSON.stringify(result.value, null, 2));
      else if (args.brief) io.out(jobBrief(result.value, m).trimEnd());
      else {
        const width = terminalWidth(io.stdout, io.env);
        const style = terminalStyle(io.stdout, io.env);
        io.out(wrapLines(renderResult(result.value, quiz, style, t, m, width), width));
      }
    },
  });
