import { portfolio, type Quiz, staffingFor } from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { portfolioItems } from '../portfolio-input.ts';
import { readData } from '../read-input.ts';
import { renderPortfolio } from '../render-portfolio.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/** Parse `--team-size`: a whole number of people, or a usage error saying so. */
function teamSizeOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) {
    throw new CliError(
      `--team-size must be a whole number of people from 1 to 100000, not "${String(value)}"`,
      EXIT.usage,
    );
  }
  return n;
}

/** `rolefit portfolio <file>`: a team's centre of gravity from its workstreams or people. */
export const portfolioCommand = (io: CliIo, quiz: Quiz) =>
  defineCommand({
    meta: {
      name: 'portfolio',
      description:
        "A team's centre of gravity and titling verdict from its workstreams or people (JSON/YAML)",
    },
    args: {
      file: {
        type: 'positional',
        description: 'Workstreams or people (JSON or YAML), or - for standard input',
        required: true,
      },
      'team-size': {
        type: 'string',
        description: 'Also split this many people across the three roles',
        valueHint: 'N',
      },
      json: { type: 'boolean', description: 'Print the portfolio object as JSON' },
    },
    async run({ args }) {
      const teamSize = teamSizeOf(args['team-size']);
      const items = portfolioItems(await readData(args.file, io.stdin), quiz);
      const mapped = portfolio(items);
      if (!mapped.ok)
        throw new CliError(`this portfolio cannot be mapped: ${mapped.error.message}`);
      const value = mapped.value;
      if (args.json) {
        const staffing =
          teamSize === undefined
            ? {}
            : { staffing: { teamSize, people: staffingFor(value.staffingMix, teamSize) } };
        io.out(JSON.stringify({ ...value, ...staffing }, null, 2));
        return;
      }
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      io.out(wrapLines(renderPortfolio(value, style, teamSize, width), width));
    },
  });
