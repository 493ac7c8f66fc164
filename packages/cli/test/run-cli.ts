import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI's entry point, as `npm install -g` would run it. */
export const BIN = fileURLToPath(new URL('../bin/rolefit.js', import.meta.url));

/**
 * The shell's locale, left out of every run, so the output is English whatever language the
 * machine running the tests speaks; a test that is about the locale sets it itself.
 */
export const NO_LOCALE = { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined } as const;

/** Run the real `rolefit` binary with arguments and optional standard input. */
export function runCli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    // COLUMNS from the shell that runs the tests would wrap the output; a test sets it itself.
    env: { ...process.env, ...NO_LOCALE, NO_COLOR: '1', COLUMNS: undefined, ...env },
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
