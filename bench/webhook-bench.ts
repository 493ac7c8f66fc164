import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUIZ } from '@rolefit/core';
import autocannon from 'autocannon';

/** The budget: with a webhook whose receiver hangs, p99 stays within this factor of none. */
const BUDGET_RATIO = 1.5;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;
const TOKEN = 'bench-owner-token';

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

async function startChild(dbPath: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(
    fileURLToPath(new URL('./webhooks/hook-server.ts', import.meta.url)),
    [dbPath],
    {
      execArgv: ['--conditions=@rolefit/source', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`hook-server exited with ${code}`)));
  });
  return { child, port };
}

/** A receiver that takes every request and never answers: each attempt waits out its 5 s. */
async function hangingReceiver(): Promise<{
  url: string;
  attempts: () => number;
  close: () => void;
}> {
  const sockets = new Set<Socket>();
  let attempts = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      if (chunk.toString('latin1').startsWith('POST ')) attempts++;
    });
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    attempts: () => attempts,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
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
    failures: result.non2xx + result.errors,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const row = (label: string, r: Awaited<ReturnType<typeof load>>) =>
  `${label.padEnd(36)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms`;

/**
 * POST /api/responses p99 on SQLite with no webhook against the same server with a webhook whose
 * receiver never answers, in the same run: two identical servers take turns under load, ROUNDS
 * times; the verdict is the median of the per-round p99 ratios. Ingest queues each delivery in
 * the response's transaction and never waits for it, so the hanging receiver must not show.
 */
export async function benchWebhooks(): Promise<boolean> {
  console.log(
    `POST /api/responses, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, SQLite file; no webhook vs a webhook to a receiver that hangs (5 s timeout per attempt)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-webhook-bench-'));
  const receiver = await hangingReceiver();
  const plain = await startChild(join(dir, 'plain.db'));
  const hooked = await startChild(join(dir, 'hooked.db'));
  const ratios: number[] = [];
  let failures = 0;
  try {
    const res = await fetch(`http://127.0.0.1:${hooked.port}/api/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ url: receiver.url, events: ['response.created'] }),
    });
    if (res.status !== 201)
      throw new Error(`webhook not created: ${res.status} ${await res.text()}`);
    await load(plain.port, 1); // warm-up: JIT, page cache, WAL file
    await load(hooked.port, 1);
    for (let round = 1; round <= ROUNDS; round++) {
      const a = await load(plain.port, SECONDS);
      const b = await load(hooked.port, SECONDS);
      const ratio = b.p99 / Math.max(a.p99, 1);
      console.log(
        `${row(`${round}. no webhook`, a)}   |   ${row('webhook, receiver hangs', b)}   p99 ×${ratio.toFixed(2)}`,
      );
      ratios.push(ratio);
      failures += a.failures + b.failures;
    }
  } finally {
    plain.child.kill('SIGTERM');
    hooked.child.kill('SIGTERM');
    console.log(`receiver held ${receiver.attempts()} attempts open, none answered`);
    receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = median(ratios);
  const ok = ratio <= BUDGET_RATIO && failures === 0;
  console.log(
    `p99 with a hanging webhook ×${ratio.toFixed(2)} of none (median of rounds: ${ratios.map((x) => `×${x.toFixed(2)}`).join(', ')}; budget ≤ ×${BUDGET_RATIO})  ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  return ok;
}
