import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUIZ } from '@rolefit/core';
import autocannon from 'autocannon';

/** The budget: rolefit ingests at least this share of the bare server's throughput. */
const BUDGET_RATIO = 0.6;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = 16;

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

async function startChild(
  script: string,
  dbPath: string,
): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [dbPath], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, port };
}

async function load(port: number, seconds: number) {
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
          body: JSON.stringify({ id: crypto.randomUUID(), answers }),
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

async function measure(script: string, label: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-bench-'));
  const { child, port } = await startChild(script, join(dir, 'bench.db'));
  try {
    await load(port, 1); // warm-up: JIT, page cache, WAL file
    const r = await load(port, SECONDS);
    console.log(
      `${label.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`,
    );
    return r;
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Response ingest on SQLite: rolefit against a bare node:http + better-sqlite3 server, same run. */
export async function benchIngest(): Promise<boolean> {
  console.log(
    `POST /api/responses, ${CONNECTIONS} connections, ${SECONDS} s each, loopback, SQLite file (WAL, synchronous=FULL)`,
  );
  const bare = await measure('./ingest/bare-server.ts', 'bare node:http + SQLite');
  const rolefit = await measure('./ingest/rolefit-server.ts', 'rolefit (validate+score+store)');
  const ratio = rolefit.rps / bare.rps;
  const ok = ratio >= BUDGET_RATIO && rolefit.non2xx === 0 && rolefit.errors === 0;
  console.log(
    `ratio ${(ratio * 100).toFixed(0)}% of bare (budget ≥ ${BUDGET_RATIO * 100}%)  ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  return ok;
}
