import {
  type Messages as CoreMessages,
  type Quiz,
  type QuizResult,
  score,
  submittedAnswers,
} from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { readData } from '../read-input.ts';
import { renderResult } from '../render-result.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/** An answers object, as the "not answers" error shows one. */
const SHAPE = '{"answers": {"core-question": "ship", "output": "shipped", …}}';

/**
 * Read an answers file and score it against `quiz`, or explain exactly what is wrong with it;
 * the result's text (grading, advice, mismatches) and the problems are in core's words, `m`.
 */
export async function scoreFile(
  path: string,
  io: CliIo,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
): Promise<QuizResult> {
  const data = await readData(path, io.stdin, t);
  if (typeof data !== 'object' || data === null || !('answers' in data)) {
    throw new CliError(t['score.notAnswers'](SHAPE));
  }
  // Context answers may sit in `answers` or apart in `context`, as `POST /api/score` takes them.
  const result = score(quiz, submittedAnswers(data), m);
  if (!result.ok) {
    throw new CliError(t['score.unscorable'](result.error.issues.map((issue) => issue.message)));
  }
  return result.value;
}

/** `rolefit score <file|->`: score a set of answers to `quiz`, worded from `t` and `m`. */
export const scoreCommand = (io: CliIo, quiz: Quiz, t: Messages, m: CoreMessages) =>
  defineCommand({
    meta: {
      name: 'score',
      description: t['score.help'],
    },
    args: {
      file: {
        type: 'positional',
        description: t['help.arg.answersFile'],
        required: true,
      },
      json: { type: 'boolean', description: t['score.help.json'] },
    },
    async run({ args }) {
      const result = await scoreFile(args.file, io, quiz, t, m);
      if (args.json) {
        io.out(JSON.stringify(result, null, 2));
        return;
      }
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      io.out(wrapLines(renderResult(result, quiz, style, t, m, width), width));
    },
  });
