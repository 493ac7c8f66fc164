import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { BIN, NO_LOCALE } from './run-cli.ts';

/** Whether util-linux `script` (part of every Debian base system) is there to open a pty. */
export const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** Keys as a terminal sends them. */
export const KEY = { up: '\x1b[A', down: '\x1b[B', enter: '\r', ctrlC: '\x03' } as const;

/** A `rolefit` process on a real pseudo-terminal (via `script`), driven with keys. */
export type PtySession = {
  /** Everything drawn so far, with escape codes removed and line ends normalised. */
  screen: () => string;
  /** Everything drawn so far, escape codes and all. */
  raw: () => string;
  press: (keys: string) => void;
  /** Wait until what was drawn since the last key press shows a pattern, or fail saying what it shows. */
  waitFor: (pattern: RegExp) => Promise<void>;
  exit: Promise<number | null>;
};

/**
 * Start `rolefit <args>` on a pseudo-terminal of `columns` (120) by 40. `shellSuffix` is appended
 * to the command line inside the terminal, such as `> out.json` to redirect standard output.
 */
export function startInPty(
  args: string[],
  shellSuffix = '',
  env: NodeJS.ProcessEnv = { NO_COLOR: '1' },
  columns = 120,
): PtySession {
  const command = `stty cols ${columns} rows 40 2>/dev/null; exec ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')} ${shellSuffix}`;
  const child: ChildProcessWithoutNullStreams = spawn(
    'script',
    ['--quiet', '--return', '--flush', '--command', command, '/dev/null'],
    {
      env: {
        ...process.env,
        ...NO_LOCALE,
        NO_COLOR: undefined,
        FORCE_COLOR: undefined,
        TERM: 'xterm-256color',
        ...env,
      },
    },
  );
  let raw = '';
  child.stdout.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  let closed = false;
  const exit = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      closed = true;
      resolve(code);
    }),
  );
  const clean = (text: string) =>
    stripVTControlCharacters(text).replaceAll('\r\n', '\n').replaceAll('\r', '');
  const screen = () => clean(raw);
  let mark = 0;
  return {
    screen,
    raw: () => raw,
    press: (keys) => {
      mark = raw.length;
      child.stdin.write(keys);
    },
    exit,
    waitFor(pattern) {
      // Looked at again on each chunk drawn, after the listeners above have added it to `raw`.
      const shows = () => pattern.test(clean(raw.slice(mark)));
      return new Promise<void>((resolve, reject) => {
        const stop = () => {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          child.stderr.off('data', onData);
          child.off('close', fail);
        };
        const fail = () => {
          stop();
          child.kill();
          reject(new Error(`the terminal never showed ${pattern}; it shows:\n${screen()}`));
        };
        const onData = () => {
          if (!shows()) return;
          stop();
          resolve();
        };
        // Gives up well inside a test's timeout, so a failure shows the screen.
        const timer = setTimeout(fail, 15_000);
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('close', fail);
        if (shows()) onData();
        else if (closed) fail();
      });
    },
  };
}
