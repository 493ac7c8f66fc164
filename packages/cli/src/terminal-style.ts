/** Colours for a terminal: only on a TTY, never with NO_COLOR set. */
export type TerminalStyle = {
  bold: (s: string) => string;
  dim: (s: string) => string;
  accent: (s: string) => string;
  warn: (s: string) => string;
};

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string) => s;

/** Pick colours for a stream, honouring NO_COLOR and FORCE_COLOR. */
export function terminalStyle(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): TerminalStyle {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const on = !noColor && (force || stream.isTTY === true);
  if (!on) return { bold: plain, dim: plain, accent: plain, warn: plain };
  return { bold: wrap(1, 22), dim: wrap(2, 22), accent: wrap(36, 39), warn: wrap(33, 39) };
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
