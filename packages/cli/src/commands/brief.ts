import { jobBrief, type Quiz } from '@rolefit/core';
import { defineCommand } from 'citty';
import type { CliIo } from '../cli-io.ts';
import { scoreFile } from './score.ts';

/** `rolefit brief <file|->`: the Markdown job brief for a set of answers. */
export const briefCommand = (io: CliIo, quiz: Quiz) =>
  defineCommand({
    meta: {
      name: 'brief',
      description:
        'Print the Markdown job brief for answers from a JSON or YAML file, or - for stdin',
    },
    args: {
      file: {
        type: 'positional',
        description: 'Answers file (JSON or YAML), or - for standard input',
        required: true,
      },
      json: { type: 'boolean', description: 'Print {"result": …, "markdown": "…"} as JSON' },
    },
    async run({ args }) {
      const result = await scoreFile(args.file, io, quiz);
      const markdown = jobBrief(result);
      // Markdown is the output itself: no colour, so it can be redirected into a file as is.
      io.out(args.json ? JSON.stringify({ result, markdown }, null, 2) : markdown.trimEnd());
    },
  });
