import { buildCli } from '../scripts/build-cli.ts';

/**
 * Vitest's global setup: compile the CLI before any test runs, so the suites that spawn
 * bin/rolefit.js drive the command users run, built from the source under test (about 0.3 s).
 */
export async function setup(): Promise<void> {
  await buildCli();
}
