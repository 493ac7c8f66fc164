import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { DEFAULT_QUIZ, LANGUAGES, type Quiz } from '@rolefit/core';
import { type ArgsDef, type CommandDef, defineCommand, runCommand } from 'citty';
import { CliError, EXIT } from './cli-error.ts';
import { type CliIo, processIo } from './cli-io.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { briefCommand } from './commands/brief.ts';
import { checkCommand } from './commands/check.ts';
import { exportCommand } from './commands/export.ts';
import { portfolioCommand } from './commands/portfolio.ts';
import { questionsCommand } from './commands/questions.ts';
import { quizCommand } from './commands/quiz.ts';
import { rubricCommand } from './commands/rubric.ts';
import { scoreCommand } from './commands/score.ts';
import { serveCommand } from './commands/serve.ts';
import { renderHelp } from './help-usage.ts';
import {
  cliMessages,
  environmentLanguage,
  explicitLanguage,
  LANGUAGE_CHOICES,
  loadSpeech,
  type Speech,
  takeLangOption,
} from './language.ts';
import type { Messages } from './messages/en.ts';
import { checkOptions } from './option-check.ts';
import { terminalStyle } from './terminal-style.ts';
import { registerTypeScript, SERVER_COMMANDS } from './typescript-loader.ts';

/** Examples shown under each command's --help: command lines, the same in every language. */
const EXAMPLES: Record<string, string[]> = {
  quiz: [
    'rolefit quiz',
    'rolefit quiz --brief > job-brief.md',
    'rolefit quiz --json > result.json',
  ],
  rolefit: [
    'rolefit quiz',
    'rolefit score answers.json --json',
    'rolefit brief answers.json > job-brief.md',
    'rolefit rubric --role research-engineer > rubric.md',
    'rolefit portfolio examples/team-workstreams.yaml --team-size 10',
    'rolefit analyze posting.md',
    'rolefit check --posting posting.md --rubric rubric.md --ladder ladder.md',
    'rolefit serve --port 3000',
    'rolefit score answers.json --lang de',
    'LANG=ja_JP.UTF-8 rolefit quiz',
  ],
  questions: ['rolefit questions', "rolefit questions --json | jq '.questions[].id'"],
  score: [
    'rolefit score answers.json',
    'rolefit score examples/answers-two-jobs.json',
    `echo '{"answers":{"core-question":"ship","output":"shipped","optimizes-for":"kpis","time-horizon":"weeks","background":"swe"}}' | rolefit score - --json`,
  ],
  brief: [
    'rolefit brief examples/answers-product.json > job-brief.md',
    'rolefit brief answers.yaml --json | jq -r .markdown',
  ],
  rubric: [
    'rolefit rubric --role research-engineer --levels 4',
    'rolefit rubric --role ai-engineer --regime separate-tracks > rubric.md',
    'rolefit rubric --role research-scientist+ai-engineer --format csv > rubric.csv',
    "rolefit rubric --role research-scientist --json | jq -r '.ladders[0].levels[].name'",
  ],
  portfolio: [
    'rolefit portfolio examples/team-workstreams.yaml',
    'rolefit portfolio examples/lab-people.json --team-size 12',
    'rolefit portfolio examples/team-two-jobs.json',
    'rolefit portfolio examples/org-three-teams.yaml',
    'rolefit portfolio examples/org-three-teams.yaml --weighting headcount --json',
    `echo '[{"name":"Evals","effort":2,"work":"rnd"},{"name":"Chat","effort":3,"work":"product"}]' | rolefit portfolio - --json`,
  ],
  analyze: [
    'rolefit analyze examples/posting-research-engineer.md',
    'pbpaste | rolefit analyze - --json | jq .flags',
    'rolefit analyze --role research-engineer ladder.md',
    'rolefit analyze --role research-engineer --rewrite ladder.md > ladder-rewritten.md',
  ],
  check: [
    'rolefit check --posting posting.md --rubric rubric.md --ladder ladder.md',
    'rolefit check --rubric rubric.md --ladder ladder.md --role research-engineer',
    "pbpaste | rolefit check --posting - --rubric rubric.md --json | jq '.mismatches[].message'",
  ],
  serve: [
    'rolefit serve',
    'rolefit serve --port 8080 --database-url file:/var/lib/rolefit/rolefit.db',
    'DATABASE_URL=postgres://rolefit@db/rolefit rolefit serve',
  ],
  export: [
    'rolefit export > responses.csv',
    'rolefit export --format json --since 2025-01-01 | jq length',
    'rolefit export --database-url postgres://rolefit@db/rolefit --format csv',
  ],
};

const stripAnsi = stripVTControlCharacters;

const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/**
 * The `rolefit` command and its subcommands in one language: asking and scoring its quiz, worded
 * from its catalogues (the command line's `t`, core's `m`). `--lang` is main's, taken out of the
 * arguments before citty reads them; it is here for the help to show it.
 */
export function rootCommand(io: CliIo, { language, quiz, t, m }: Speech) {
  const args: ArgsDef = {
    lang: { type: 'string', description: t['help.lang'], valueHint: LANGUAGES.join('|') },
  };
  return defineCommand({
    meta: { name: 'rolefit', version: VERSION, description: t['help.rolefit'] },
    args,
    subCommands: {
      quiz: quizCommand(io, quiz, t, m),
      questions: questionsCommand(io, quiz, t),
      score: scoreCommand(io, quiz, t, m),
      brief: briefCommand(io, quiz, t, m),
      rubric: rubricCommand(io, t, m),
      portfolio: portfolioCommand(io, quiz, t, m, language),
      analyze: analyzeCommand(io, quiz, t, m),
      check: checkCommand(io, quiz, t, m),
      serve: serveCommand(io, t),
      export: exportCommand(io, quiz, t),
    },
  });
}

/** citty's own usage errors (unknown command, missing argument) in the catalogue's words. */
function usageProblem(error: Error & { code?: string }, argv: readonly string[], t: Messages) {
  if (error.code === 'E_UNKNOWN_COMMAND')
    return t['usage.unknownCommand'](argv.find((a) => !a.startsWith('-')) ?? '');
  if (error.code === 'E_NO_COMMAND') return t['usage.noCommand'];
  const missing = /^Missing required positional argument: (\S+)$/.exec(stripAnsi(error.message));
  return missing?.[1] ? t['usage.missingArgument'](missing[1]) : stripAnsi(error.message);
}

async function findCommand(root: CommandDef, argv: string[]): Promise<[CommandDef, CommandDef?]> {
  const subs =
    (await (typeof root.subCommands === 'function' ? root.subCommands() : root.subCommands)) ?? {};
  const name = argv.find((a) => !a.startsWith('-'));
  const sub = name ? (subs[name] as CommandDef | undefined) : undefined;
  return sub ? [sub, root] : [root];
}

/**
 * Run the CLI with arguments; returns the exit code. Errors are caught here, once. The quiz and
 * the language are chosen here, at the edge, and passed to every command: `--lang` anywhere in
 * the arguments, else the environment's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 * A `--lang` we don't speak is a usage error; a locale we don't speak is English. The language's
 * catalogues and quiz are loaded then, each language's from a chunk of its own. `messages`, when
 * given, is the command line's catalogue to use instead of the language's (core's still follows
 * the language).
 * @example await main(['score', 'answers.json', '--json', '--lang', 'de'])
 */
export async function main(
  args: string[],
  io: CliIo = processIo(),
  quiz: Quiz = DEFAULT_QUIZ,
  messages?: Messages,
): Promise<number> {
  const { lang, rest: argv } = takeLangOption(args);
  const asked = lang === undefined ? undefined : explicitLanguage(lang);
  if (asked === null) {
    // Said in the environment's language, the one the person reads.
    const t = messages ?? (await cliMessages(environmentLanguage(io.env)));
    io.err(`rolefit: ${t['usage.unknownLanguage'](lang ?? '', LANGUAGE_CHOICES)}`);
    return EXIT.usage;
  }
  const speech = await loadSpeech(asked ?? environmentLanguage(io.env), quiz, messages);
  const { t } = speech;
  const root = rootCommand(io, speech);
  try {
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
      const [command, parent] = await findCommand(root, argv);
      const name = parent ? (argv.find((a) => !a.startsWith('-')) ?? 'rolefit') : 'rolefit';
      const examples = (EXAMPLES[name] ?? []).map((e) => `  $ ${e}`).join('\n');
      const help = await renderHelp(command, parent, terminalStyle(io.stdout, io.env), t);
      io.out(`${help}\n\n${t['help.examples']}\n\n${examples}\n`);
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
      io.out(VERSION);
      return EXIT.ok;
    }
    const [command, parent] = await findCommand(root, argv);
    if (!parent) {
      // No command by that name: citty says so, in its words (see usageProblem).
      await runCommand(root, { rawArgs: argv });
      return EXIT.ok;
    }
    const name = argv.find((a) => !a.startsWith('-')) ?? '';
    const rest = argv.slice(argv.indexOf(name) + 1);
    const args = await (typeof command.args === 'function' ? command.args() : command.args);
    checkOptions(name, args ?? {}, rest, t);
    if (SERVER_COMMANDS.has(name)) await registerTypeScript();
    // Run the command itself rather than through the root, which drops what it returns: a
    // command whose exit code is its answer (`check`) returns that code.
    const { result } = await runCommand(command, { rawArgs: rest });
    return typeof result === 'number' ? result : EXIT.ok;
  } catch (error) {
    // The reader went away (`rolefit export | head`): stop quietly, as other tools do.
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return EXIT.ok;
    if (error instanceof CliError) {
      io.err(`rolefit: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof Error && error.name === 'CLIError') {
      // citty's own errors: unknown command, missing argument.
      io.err(`rolefit: ${usageProblem(error, argv, t)}\n${t['usage.seeHelp']}`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`rolefit: ${t['error.unexpected'](detail)}`);
    return EXIT.badInput;
  }
}
