import {
  analyze,
  type Messages as CoreMessages,
  en as coreEn,
  createAnalyzer,
  DEFAULT_MODEL,
  type Quiz,
  ROLE_IDS,
  rewriteText,
  uniqueSuggestions,
} from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { readDocument } from '../read-document.ts';
import { renderAnalysis } from '../render-analysis.ts';
import { rewriteCommand } from '../rewrite-command.ts';
import { roleOption } from '../role-option.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/**
 * `rolefit analyze <file|->`: which role a job posting, review rubric or career ladder describes,
 * level by level for a rubric or ladder, with rewrites of the phrases that grade another column.
 * The analyzer reads English text; what it says about it (flags, verdicts, grading) is in core's
 * words, `m`. `--role` judges the levels and rewrites against that role; `--rewrite` prints the
 * text with every rewrite applied instead of the report, nothing else on stdout, so it can be
 * redirected into a file. Answers to `quiz` are refused (exit 1), see `readDocument`.
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
      role: {
        type: 'string',
        description: t['analyze.help.role'](ROLE_IDS),
        valueHint: 'ROLE',
      },
      rewrite: { type: 'boolean', description: t['analyze.help.rewrite'] },
      json: { type: 'boolean', description: t['analyze.help.json'] },
    },
    async run({ args }) {
      const role = roleOption(args.role, t);
      if (args.json && args.rewrite) throw new CliError(t['analyze.jsonAndRewrite'], EXIT.usage);
      const text = await readDocument(args.file, io.stdin, quiz, t);
      const analyzer = m === coreEn ? analyze : createAnalyzer(DEFAULT_MODEL, m);
      const analysis = analyzer(text, { role });
      // analyze only refuses a non-string, and this is always a string.
      if (!analysis.ok) throw new Error(`analyze refused text: ${analysis.error.message}`);
      if (args.rewrite) {
        // The text itself, byte for byte where nothing is rewritten: no colour, no wrapping.
        const count = uniqueSuggestions(analysis.value.evidence).length;
        io.stdout.write(rewriteText(text, analysis.value.evidence));
        io.err(
          `rolefit: ${count === 0 ? t['analyze.rewrite.none'] : t['analyze.rewrite.applied'](count)}`,
        );
        return;
      }
      // Too little to say is an answer, not an error: exit 0, and `enough: false` in the JSON.
      if (args.json) {
        io.out(JSON.stringify(analysis.value, null, 2));
        return;
      }
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      const report = { role, rewrite: rewriteCommand(args.file, role) };
      io.out(wrapLines(renderAnalysis(analysis.value, text, style, t, m, report, width), width));
    },
  });
