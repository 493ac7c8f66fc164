import { type Messages as CoreMessages, jobBrief, type Quiz } from '@rolefit/core';
import { defineCommand } from 'citty';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { scoreFile } from './score.ts';

/** `rolefit brief <file|->`: the Markdown job brief for a set of answers, in core's words `m`. */
export const briefCommand = (io: CliIo, quiz: Quiz, t: Messages, m: CoreMessages) =>
  defineCommand({
    meta: {
      name: 'brief',
      description: t['brief.help'],
    },
    args: {
      file: {
        type: 'positional',
        description: t['help.arg.answersFile'],
        required: true,
      },
      json: { type: 'boolean', description: t['brief.help.json'] },
    },
    async run({ args }) {
      const result = await scoreFile(args.file, io, quiz, t, m);
      const markdown = jobBrief(result, m);
      // Markdown is the output itself: no colour, so it can be redirected into a file as is.
      io.out(args.json ? JSON.stringify({ result, markdown }, null, 2) : markdown.trimEnd());
    },
  });
