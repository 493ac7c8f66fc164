import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUIZ } from '@rolefit/core';
import autocannon from 'autocannon';

/** The budget: rolefit ingests at least this share of the bare server's throughput. */
const BUDGET_RATIO = 0.6;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

async function startChild(
  script: string,
  dbPath: string,
): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [dbPath], {
    execArgv: ['--conditions=@rolefit/source', '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, port };
}

/** Hidden fields as a campaign link carries them: each adds its rows to daily_field_stats. */
const CAMPAIGN = { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'launch-week' };

async function load(port: number, seconds: number, fields?: Record<string, string>) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/responses`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ id: crypto.randomUUID(), answers, ...(fields && { fields }) }),
        }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

type Target = { label: string; port: number; stop: () => void };

async function start(script: string, label: string, dir: string): Promise<Target> {
  const { child, port } = await startChild(script, join(dir, `${label.split(' ')[0]}.db`));
  await load(port, 1); // warm-up: JIT, page cache, WAL file
  return { label, port, stop: () => child.kill('SIGTERM') };
}

const row = (label: string, r: Awaited<ReturnType<typeof load>>) =>
  `${label.padEnd(32)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Response ingest on SQLite: rolefit, without and with hidden fields, against a bare node:http +
 * better-sqlite3 server in the same run. Both servers run side by side and take turns under load, ROUNDS times, so drift in the
 * machine's load hits both; the verdict is the median of the per-round ratios.
 */
export async function benchIngest(): Promise<boolean> {
  console.log(
    `POST /api/responses, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, loopback, SQLite file (WAL, synchronous=FULL)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-bench-'));
  const bare = await start('./ingest/bare-server.ts', 'bare node:http + SQLite', dir);
  const rolefit = await start('./ingest/rolefit-server.ts', 'rolefit (validate+score+store)', dir);
  const ratios: number[] = [];
  const fieldRatios: number[] = [];
  let failures = 0;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const b = await load(bare.port, SECONDS);
      const r = await load(rolefit.port, SECONDS);
      // The same with three hidden fields: the field-stats trigger's share of the cost.
      const f = await load(rolefit.port, SECONDS, CAMPAIGN);
      console.log(row(`${round}. ${bare.label}`, b));
      console.log(row(`${round}. ${rolefit.label}`, r));
      console.log(row(`${round}. rolefit, 3 hidden fields`, f));
      ratios.push(r.rps / b.rps);
      fieldRatios.push(f.rps / b.rps);
      failures += r.non2xx + r.errors + f.non2xx + f.errors;
    }
  } finally {
    bare.stop();
    rolefit.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = median(ratios);
  const fieldRatio = median(fieldRatios);
  const ok = ratio >= BUDGET_RATIO && fieldRatio >= BUDGET_RATIO && failures === 0;
  const percents = (xs: number[]) => xs.map((x) => `${(x * 100).toFixed(0)}%`).join(', ');
  console.log(
    `ratio (median of rounds: ${percents(ratios)}) ${(ratio * 100).toFixed(0)}% of bare; with 3 hidden fields (${percents(fieldRatios)}) ${(fieldRatio * 100).toFixed(0)}% (budget ≥ ${BUDGET_RATIO * 100}% each)  ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  return ok;
}
