import {
  analyze,
  type Messages as CoreMessages,
  en as coreEn,
  createAnalyzer,
  DEFAULT_MODEL,
  type Quiz,
} from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { looksLikeAnswers } from '../looks-like-answers.ts';
import type { Messages } from '../messages/en.ts';
import { readText } from '../read-input.ts';
import { renderAnalysis } from '../render-analysis.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/** A path as a shell word, quoted when it holds anything a shell would read otherwise. */
const shellWord = (path: string) =>
  /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;

/**
 * `rolefit analyze <file|->`: which role a job posting or review rubric describes. The analyzer
 * reads English text; what it says about it (flags, verdicts, grading) is in core's words, `m`.
 * Answers to `quiz` are refused (exit 1) with the `rolefit score` command line that takes them:
 * analyzing them as prose would print a confident role for the words "ship" and "papers".
 */
export const analyzeCommand = (io: CliIo, quiz: Quiz, t: Messages, m: CoreMessages) =>
  defineCommand({
    meta: {
      name: 'analyze',
      description: t['analyze.help'],
    },
    args: {
      file: {
        type: 'positional',
        description: t['analyze.help.file'],
        required: true,
      },
      json: { type: 'boolean', description: t['analyze.help.json'] },
    },
    async run({ args }) {
      const text = await readText(args.file, io.stdin, t);
      const name = args.file === '-' ? t['input.stdin'] : args.file;
      if (text.trim() === '') throw new CliError(t['analyze.empty'](name));
      if (await looksLikeAnswers(text, quiz)) {
        throw new CliError(t['analyze.answers'](name, `rolefit score ${shellWord(args.file)}`));
      }
      const analysis = (m === coreEn ? analyze : createAnalyzer(DEFAULT_MODEL, m))(text);
      // analyze only refuses a non-string, and this is always a string.
      if (!analysis.ok) throw new Error(`analyze refused text: ${analysis.error.message}`);
      // Too little to say is an answer, not an error: exit 0, and `enough: false` in the JSON.
      if (args.json) {
        io.out(JSON.stringify(analysis.value, null, 2));
        return;
      }
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      io.out(wrapLines(renderAnalysis(analysis.value, text, style, t, m, width), width));
    },
  });
