import type { Quiz } from '@rolefit/core';
import { CliError } from './cli-error.ts';
import { looksLikeAnswers } from './looks-like-answers.ts';
import type { Messages } from './messages/en.ts';
import { readText } from './read-input.ts';
import { shellWord } from './shell-word.ts';

/**
 * Read a job posting, review rubric or career ladder from a file or `-` (standard input), as
 * `analyze` and `check` read them: an empty text is refused (exit 1), and so are answers to
 * `quiz`, with the `rolefit score` command line that takes them: analyzing them as prose would
 * print a confident role for the words "ship" and "papers".
 */
export async function readDocument(
  path: string,
  stdin: NodeJS.ReadableStream,
  quiz: Quiz,
  t: Messages,
): Promise<string> {
  const text = await readText(path, stdin, t);
  const name = path === '-' ? t['input.stdin'] : path;
  if (text.trim() === '') throw new CliError(t['analyze.empty'](name));
  if (await looksLikeAnswers(text, quiz)) {
    throw new CliError(t['analyze.answers'](name, `rolefit score ${shellWord(path)}`));
  }
  return text;
}
