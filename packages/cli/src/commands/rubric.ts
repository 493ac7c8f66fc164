import {
  type Messages as CoreMessages,
  type Problem,
  REGIME_IDS,
  ROLE_IDS,
  RUBRIC_FORMATS,
  RUBRIC_LEVELS,
  type RubricFormat,
  renderRubric,
  rubric,
  SPLIT_NAME,
} from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';

/**
 * `--levels` as core checks it: a number when written in digits ("4"), else the text as given
 * ("4.5", "four"), which core refuses with the value shown, not as `NaN`.
 */
const levelsOf = (value: unknown): unknown =>
  value === undefined ? undefined : /^\d+$/.test(String(value)) ? Number(value) : String(value);

/**
 * `--format`, or `--json` (the same as `--format json`); both at once only when they agree.
 * `given` says whether `--format` is on the command line, not only its default.
 */
function formatOf(format: unknown, given: boolean, json: boolean, t: Messages): RubricFormat {
  const chosen = RUBRIC_FORMATS.find((f) => f === String(format));
  if (chosen === undefined) {
    throw new CliError(t['rubric.format.invalid'](String(format), RUBRIC_FORMATS), EXIT.usage);
  }
  if (!json) return chosen;
  if (given && chosen !== 'json') {
    throw new CliError(t['rubric.jsonAndFormat'](chosen), EXIT.usage);
  }
  return 'json';
}

/** Core's refusal of a request, said about the option that was wrong (a usage error, exit 2). */
function optionProblem(problem: Problem, given: Record<string, unknown>, t: Messages): CliError {
  const allowed = problem.allowed ?? [];
  const message = () => {
    switch (problem.code) {
      case 'unknown_role':
        return t['rubric.role.invalid'](String(given.role), allowed);
      case 'unknown_regime':
        return t['rubric.regime.invalid'](String(given.regime), allowed);
      case 'invalid_levels':
        return t['rubric.levels.invalid'](
          String(given.levels),
          RUBRIC_LEVELS.min,
          RUBRIC_LEVELS.max,
        );
      default:
        return problem.message;
    }
  };
  return new CliError(message(), EXIT.usage);
}

/**
 * `rolefit rubric --role <id>`: a review rubric for a role's work (or for two jobs in one), as
 * Markdown to paste, CSV for a spreadsheet or the `Rubric` as JSON, in core's words `m`. What it
 * prints is `renderRubric`'s text byte for byte: the Markdown and CSV `POST /api/rubric` answers.
 */
export const rubricCommand = (io: CliIo, t: Messages, m: CoreMessages) =>
  defineCommand({
    meta: {
      name: 'rubric',
      description: t['rubric.help'],
    },
    args: {
      role: {
        type: 'string',
        description: t['rubric.help.role'](ROLE_IDS, SPLIT_NAME),
        valueHint: 'ROLE',
        required: true,
      },
      regime: {
        type: 'string',
        description: t['rubric.help.regime'],
        valueHint: REGIME_IDS.join('|'),
      },
      levels: {
        type: 'string',
        description: t['rubric.help.levels'](RUBRIC_LEVELS.min, RUBRIC_LEVELS.max),
        default: String(RUBRIC_LEVELS.default),
        valueHint: 'N',
      },
      format: {
        type: 'string',
        description: t['rubric.help.format'],
        default: 'md',
        valueHint: RUBRIC_FORMATS.join('|'),
      },
      json: { type: 'boolean', description: t['rubric.help.json'] },
    },
    async run({ args, rawArgs }) {
      const given = rawArgs.some((a) => a === '--format' || a.startsWith('--format='));
      const format = formatOf(args.format, given, args.json === true, t);
      const options = { role: args.role, regime: args.regime, levels: args.levels };
      const request = { ...options, levels: levelsOf(args.levels) };
      const made = rubric(request, m);
      if (!made.ok) throw optionProblem(made.error, options, t);
      // Markdown, CSV and JSON are the output itself: no colour, no wrapping, so a redirect into
      // a file keeps them as they are (the CSV's CRLF line ends included).
      io.stdout.write(renderRubric(made.value, format, m));
    },
  });
