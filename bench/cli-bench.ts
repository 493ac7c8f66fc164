import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../packages/cli/scripts/build-cli.ts';

/** Budget from issue 14: a command starts in under 2.5 times what an empty `node` takes. */
const BUDGET_RATIO = 2.5;
const ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 15);
const BIN = fileURLToPath(new URL('../packages/cli/bin/rolefit.js', import.meta.url));
const ANSWERS = fileURLToPath(new URL('../examples/answers-product.json', import.meta.url));

const COMMANDS = [
  { name: 'rolefit --help', args: [BIN, '--help'] },
  { name: 'rolefit score <file>', args: [BIN, 'score', ANSWERS] },
];
const BASELINE = ['-e', '0'];

/** Run `node <args>` to its exit; returns the wall time in milliseconds, or throws if it failed. */
function wallMs(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env } });
  const ms = performance.now() - start;
  if (run.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * Start-up of the compiled CLI (built first, from the source in the tree) beside `node -e 0`,
 * whole processes in turn, one warm-up round; the ratio is taken round by round, so a machine
 * that speeds up or slows down during the run moves both sides of it.
 */
export async function benchCli(): Promise<boolean> {
  await buildCli();
  const baseline: number[] = [];
  const ratios = COMMANDS.map(() => [] as number[]);
  const times = COMMANDS.map(() => [] as number[]);
  for (let round = 0; round <= ROUNDS; round++) {
    const base = wallMs(BASELINE);
    const measured = COMMANDS.map((c) => wallMs(c.args));
    if (round === 0) continue;
    baseline.push(base);
    measured.forEach((ms, i) => {
      times[i]?.push(ms);
      ratios[i]?.push(ms / base);
    });
  }
  let within = true;
  COMMANDS.forEach((command, i) => {
    const ratio = median(ratios[i] ?? []);
    const ok = ratio < BUDGET_RATIO;
    within &&= ok;
    console.log(
      `${command.name.padEnd(22)} ${median(times[i] ?? []).toFixed(0)} ms, ${ratio.toFixed(2)}x node -e 0 (budget < ${BUDGET_RATIO}x) ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  });
  console.log(
    `${'node -e 0'.padEnd(22)} ${median(baseline).toFixed(0)} ms (baseline, same run; medians of ${ROUNDS} rounds)`,
  );
  return within;
}
