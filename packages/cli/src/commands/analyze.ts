import { analyze } from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { readText } from '../read-input.ts';
import { renderAnalysis } from '../render-analysis.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/** `rolefit analyze <file|->`: which role a job posting or review rubric describes. */
export const analyzeCommand = (io: CliIo) =>
  defineCommand({
    meta: {
      name: 'analyze',
      description:
        'Which role a job posting or review rubric describes, with its evidence and wrong-column flags',
    },
    args: {
      file: {
        type: 'positional',
        description: 'Text file, or - for standard input',
        required: true,
      },
      json: { type: 'boolean', description: 'Print the analysis object as JSON' },
    },
    async run({ args }) {
      const text = await readText(args.file, io.stdin);
      if (text.trim() === '') {
        const name = args.file === '-' ? 'standard input' : args.file;
        throw new CliError(`${name} is empty; give the text of a job posting or review rubric`);
      }
      const analysis = analyze(text);
      // analyze only refuses a non-string, and this is always a string.
      if (!analysis.ok) throw new Error(`analyze refused text: ${analysis.error.message}`);
      // Too little to say is an answer, not an error: exit 0, and `enough: false` in the JSON.
      if (args.json) {
        io.out(JSON.stringify(analysis.value, null, 2));
        return;
      }
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      io.out(wrapLines(renderAnalysis(analysis.value, text, style, width), width));
    },
  });
