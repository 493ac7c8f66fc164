import {
  type Messages as CoreMessages,
  checkDocuments,
  DOCUMENT_KINDS,
  type DocumentKind,
  type Quiz,
  ROLE_IDS,
} from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { readDocument } from '../read-document.ts';
import { renderCheck } from '../render-check.ts';
import { roleOption } from '../role-option.ts';
import { terminalStyle, terminalWidth } from '../terminal-style.ts';
import { wrapLines } from '../wrap-lines.ts';

/** The documents given on the command line, by kind: each a path or `-`, in core's order. */
function documentFiles(
  args: Record<string, unknown>,
  t: Messages,
): Partial<Record<DocumentKind, string>> {
  const files: Partial<Record<DocumentKind, string>> = {};
  for (const kind of DOCUMENT_KINDS) {
    const value = args[kind];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new CliError(t['check.noValue'](`--${kind}`), EXIT.usage);
    }
    files[kind] = value;
  }
  const given = Object.keys(files);
  if (given.length === 0) throw new CliError(t['check.none'], EXIT.usage);
  const piped = DOCUMENT_KINDS.filter((k) => files[k] === '-').map((k) => `--${k}`);
  if (piped.length > 1) throw new CliError(t['check.stdinTwice'](piped), EXIT.usage);
  return files;
}

/**
 * `rolefit check --posting <file> --rubric <file> --ladder <file>`: do the documents for one role
 * grade the same column? Each is read as `analyze` reads it (`-` for standard input, for one of
 * them), then checked with core's `checkDocuments`, in core's words `m`. The exit code is the
 * answer, as `diff`'s is: 0 when they agree, 1 when they do not (a mismatch, or too little to
 * name a role), 2 for a usage error; bad input (a missing or empty file) is 1, with stdout empty.
 */
export const checkCommand = (io: CliIo, quiz: Quiz, t: Messages, m: CoreMessages) =>
  defineCommand({
    meta: {
      name: 'check',
      description: t['check.help'],
    },
    args: {
      posting: { type: 'string', description: t['check.help.posting'], valueHint: 'FILE' },
      rubric: { type: 'string', description: t['check.help.rubric'], valueHint: 'FILE' },
      ladder: { type: 'string', description: t['check.help.ladder'], valueHint: 'FILE' },
      role: { type: 'string', description: t['check.help.role'](ROLE_IDS), valueHint: 'ROLE' },
      json: { type: 'boolean', description: t['check.help.json'] },
    },
    async run({ args }): Promise<number> {
      const role = roleOption(args.role, t);
      const files = documentFiles(args, t);
      const texts: Partial<Record<DocumentKind, string>> = {};
      for (const kind of DOCUMENT_KINDS) {
        const file = files[kind];
        if (file !== undefined) texts[kind] = await readDocument(file, io.stdin, quiz, t);
      }
      const checked = checkDocuments({ ...texts, ...(role ? { role } : {}) }, m);
      // The files are read and the role is one of core's: core refuses neither.
      if (!checked.ok) throw new Error(`checkDocuments refused: ${checked.error.message}`);
      const check = checked.value;
      const code = check.agree ? EXIT.ok : EXIT.disagree;
      if (args.json) {
        io.out(JSON.stringify(check, null, 2));
        return code;
      }
      const width = terminalWidth(io.stdout, io.env);
      const style = terminalStyle(io.stdout, io.env);
      io.out(wrapLines(renderCheck(check, { files, role }, style, t, m), width));
      return code;
    },
  });
