import { styleText } from 'node:util';

/** A text format of Node's `util.styleText`: a colour or a modifier such as `bold`, or several. */
export type TextFormat = Parameters<typeof styleText>[0];

/**
 * Colours for a terminal: only on a TTY, never with NO_COLOR set (see `colourOn`). The CLI's one
 * colour mechanism: results, `--help` (help-usage.ts) and the quiz's prompt and frame all paint
 * through `styleOf`. The libraries' own colours are not used, as they decide by other rules:
 * clack's from process.stdout even when the quiz draws on stderr, citty's from NO_COLOR=1, CI
 * or TEST alone (its error messages are stripped of them in main.ts).
 */
export type TerminalStyle = {
  /** Any format, for what the named ones below do not cover (the quiz's prompts). */
  paint: (format: TextFormat, s: string) => string;
  bold: (s: string) => string;
  dim: (s: string) => string;
  accent: (s: string) => string;
  warn: (s: string) => string;
};

/**
 * Whether to colour what goes to a stream, the CLI's one answer to it: never with NO_COLOR set
 * (to anything but ""), always with FORCE_COLOR set (to anything but "0"), else only on a TTY.
 */
export function colourOn(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  return !noColor && (force || stream.isTTY === true);
}

/**
 * Styles that colour when `on` is true and leave text as it is otherwise.
 * @example styleOf(colourOn(process.stderr)).dim('Question 1 of 5')
 */
export function styleOf(on: boolean): TerminalStyle {
  // The decision is colourOn's: Node must not second-guess it from process.stdout.
  const paint = on
    ? (format: TextFormat, s: string) => styleText(format, s, { validateStream: false })
    : (_format: TextFormat, s: string) => s;
  return {
    paint,
    bold: (s) => paint('bold', s),
    dim: (s) => paint('dim', s),
    accent: (s) => paint('cyan', s),
    warn: (s) => paint('yellow', s),
  };
}

/** Pick colours for a stream, honouring NO_COLOR and FORCE_COLOR. */
export function terminalStyle(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): TerminalStyle {
  return styleOf(colourOn(stream, env));
}

/**
 * Columns to wrap text at (at most 120): `COLUMNS` when it is set, as for other command-line
 * tools, else the terminal's width on a TTY, else none (0: a pipe or a file gets long lines).
 */
export function terminalWidth(
  stream: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv = process.env,
): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.min(fromEnv, 120);
  return stream.isTTY && stream.columns ? Math.min(stream.columns, 120) : 0;
}
