import { type Quiz, type QuizResult, score, submittedAnswers } from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { readData } from '../read-input.ts';
import { renderResult } from '../render-result.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

const SHAPE = '{"answers": {"core-question": "ship", "output": "shipped", …}}';

/** Read an answers file and score it against `quiz`, or explain exactly what is wrong with it. */
export async function scoreFile(path: string, io: CliIo, quiz: Quiz): Promise<QuizResult> {
  const data = await readData(path, io.stdin);
  if (typeof data !== 'object' || data === null || !('answers' in data)) {
    throw new CliError(
      `expected an object with "answers", like ${SHAPE}; see the ids with: rolefit questions`,
    );
  }
  // Context answers may sit in `answers` or apart in `context`, as `POST /api/score` takes them.
  const result = score(quiz, submittedAnswers(data));
  if (!result.ok) {
    const lines = result.error.issues.map((issue) => `  - ${issue.message}`);
    throw new CliError(`these answers cannot be scored:\n${lines.join('\n')}`);
  }
  return result.value;
}

/** `rolefit score <file|->`: score a set of answers to `quiz`. */
export const scoreCommand = (io: CliIo, quiz: Quiz) =>
  defineCommand({
    meta: {
      name: 'score',
      description: 'Score answers from a JSON or YAML file, or from standard input (-)',
    },
    args: {
      file: {
        type: 'positional',
        description: 'Answers file (JSON or YAML), or - for standard input',
        required: true,
      },
      json: { type: 'boolean', description: 'Print the full result object as JSON' },
    },
    async run({ args }) {
      const result = await scoreFile(args.file, io, quiz);
      if (args.json) {
        io.out(JSON.stringify(result, null, 2));
        return;
      }
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      io.out(wrapLines(renderResult(result, quiz, style, width), width));
    },
  });
