import {
  type Messages as CoreMessages,
  type Language,
  loadIssueWords,
  ORG_WEIGHTINGS,
  type OrgWeighting,
  orgPortfolio,
  portfolio,
  type Quiz,
  staffingFor,
} from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { isOrgFile, orgPortfolioInput } from '../org-portfolio-input.ts';
import { portfolioItems } from '../portfolio-input.ts';
import { readData } from '../read-input.ts';
import { renderOrgPortfolio } from '../render-org-portfolio.ts';
import { renderPortfolio } from '../render-portfolio.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/** The most people `--team-size` takes; it is said in `portfolio.teamSize.invalid`. */
const MAX_TEAM_SIZE = 100_000;

/**
 * Parse `--team-size`: a positive whole number of people written in digits ("12", not "1e1",
 * "0x0c" or "12.0", which `Number` would take), or a usage error saying so.
 */
function teamSizeOf(value: unknown, t: Messages): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= MAX_TEAM_SIZE)) {
    throw new CliError(t['portfolio.teamSize.invalid'](String(value), MAX_TEAM_SIZE), EXIT.usage);
  }
  return n;
}

/** Parse `--weighting`: responses or headcount, or a usage error saying so; undefined if not given. */
function weightingOf(value: unknown, t: Messages): OrgWeighting | undefined {
  if (value === undefined) return undefined;
  const weighting = ORG_WEIGHTINGS.find((w) => w === String(value));
  if (weighting === undefined) {
    throw new CliError(
      t['portfolio.weighting.invalid']('--weighting', String(value), ORG_WEIGHTINGS),
      EXIT.usage,
    );
  }
  return weighting;
}

/**
 * `rolefit portfolio <file>`: a team's centre of gravity from its workstreams or people, or,
 * for a file with `teams`, the organisation's view (core's `orgPortfolio`, with `org: { name }`),
 * worded from `t` and `m` (and Zod's own problems with an entry in `language`); people's answers
 * are scored against `quiz`.
 */
export const portfolioCommand = (
  io: CliIo,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
  language: Language = 'en',
) =>
  defineCommand({
    meta: {
      name: 'portfolio',
      description: t['portfolio.help'],
    },
    args: {
      file: {
        type: 'positional',
        description: t['portfolio.help.file'],
        required: true,
      },
      'team-size': {
        type: 'string',
        description: t['portfolio.help.teamSize'],
        valueHint: 'N',
      },
      weighting: {
        type: 'string',
        description: t['portfolio.help.weighting'],
        valueHint: ORG_WEIGHTINGS.join('|'),
      },
      json: { type: 'boolean', description: t['portfolio.help.json'] },
    },
    async run({ args }) {
      const teamSize = teamSizeOf(args['team-size'], t);
      const asked = weightingOf(args.weighting, t);
      const data = await readData(args.file, io.stdin, t);
      const words = await loadIssueWords(language);
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      if (isOrgFile(data)) {
        if (teamSize !== undefined) throw new CliError(t['org.teamSize'], EXIT.usage);
        const file = orgPortfolioInput(data, quiz, t, m, words);
        const weighting = asked ?? file.weighting ?? 'responses';
        const mapped = orgPortfolio(
          file.teams.map((team) => team.input),
          { weighting },
          m,
        );
        if (!mapped.ok) throw new CliError(t['portfolio.unmappable'](mapped.error.message));
        if (args.json) {
          io.out(JSON.stringify({ org: { name: file.name }, ...mapped.value }, null, 2));
          return;
        }
        const text = renderOrgPortfolio(
          mapped.value,
          file.name,
          file.teams,
          weighting,
          style,
          t,
          m,
          width,
        );
        io.out(wrapLines(text, width));
        return;
      }
      if (asked !== undefined) throw new CliError(t['org.weighting.single'], EXIT.usage);
      const items = portfolioItems(data, quiz, t, m, words);
      const mapped = portfolio(items, m);
      if (!mapped.ok) throw new CliError(t['portfolio.unmappable'](mapped.error.message));
      const value = mapped.value;
      if (args.json) {
        const staffing =
          teamSize === undefined
            ? {}
            : { staffing: { teamSize, people: staffingFor(value.staffingMix, teamSize) } };
        io.out(JSON.stringify({ ...value, ...staffing }, null, 2));
        return;
      }
      io.out(wrapLines(renderPortfolio(value, style, t, m, teamSize, width), width));
    },
  });
