import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_QUIZ } from '@rolefit/core';
import autocannon from 'autocannon';

/** How long the soak runs after warm-up (2 minutes unless SOAK_SECONDS says otherwise). */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const WARM_UP_SECONDS = 5;
const SAMPLE_EVERY_MS = 5000;
/** "No growth": the last third's mean RSS stays within this share above the first third's. */
const GROWTH_MARGIN = 0.2;
const INGEST_CONNECTIONS = 12;
const STATS_CONNECTIONS = 4;
const TOKEN = 'soak-bench-owner-token-0123456789abcdef';

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[i % q.options.length]?.id]),
);

type Memory = { rss: number; heapUsed: number };
type Sample = { at: number; memory: Memory; ingest: number; stats: number };

async function startServer(dbPath: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(
    fileURLToPath(new URL('./soak/soak-server.ts', import.meta.url)),
    [dbPath, TOKEN],
    {
      execArgv: ['--conditions=@rolefit/source', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`soak server exited with ${code}`)));
  });
  return { child, port };
}

const memoryOf = (child: ChildProcess) =>
  new Promise<Memory>((resolve) => {
    child.once('message', (m) => resolve(m as Memory));
    child.send('memory');
  });

/** Two loads at once on one server: unique responses posted, and the owner's figures read. */
function loads(port: number, seconds: number) {
  const ingest = autocannon({
    url: `http://127.0.0.1:${port}/api/responses`,
    connections: INGEST_CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: object) => ({
          ...req,
          body: JSON.stringify({ id: crypto.randomUUID(), answers }),
        }),
      },
    ],
  });
  const stats = autocannon({
    url: `http://127.0.0.1:${port}/api/stats`,
    connections: STATS_CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return { ingest, stats };
}

type Result = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * A bounded loopback soak: ingest and stats under load together for SOAK_SECONDS (120), the
 * server's memory sampled every 5 s. Passes when nothing failed and RSS did not grow.
 */
export async function benchSoak(): Promise<boolean> {
  console.log(
    `soak: POST /api/responses (${INGEST_CONNECTIONS} connections, unique ids) and GET /api/stats (${STATS_CONNECTIONS} connections, owner token) at once, ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up, loopback, SQLite file (WAL, synchronous=FULL)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-soak-'));
  const { child, port } = await startServer(join(dir, 'soak.db'));
  try {
    const warm = loads(port, WARM_UP_SECONDS);
    await Promise.all([warm.ingest, warm.stats]);

    const { ingest, stats } = loads(port, SECONDS);
    const counts = { ingest: 0, stats: 0 };
    ingest.on('response', () => counts.ingest++);
    stats.on('response', () => counts.stats++);
    const started = Date.now();
    const samples: Sample[] = [{ at: 0, memory: await memoryOf(child), ingest: 0, stats: 0 }];
    const timer = setInterval(async () => {
      const window = { ...counts };
      counts.ingest = 0;
      counts.stats = 0;
      const memory = await memoryOf(child);
      samples.push({ at: Math.round((Date.now() - started) / 1000), memory, ...window });
    }, SAMPLE_EVERY_MS);
    const [ingested, read] = (await Promise.all([ingest, stats])) as [Result, Result];
    clearInterval(timer);

    console.log('\n   s   RSS MB  heap MB  ingest req/s  stats req/s');
    for (const s of samples) {
      const per = (n: number) => (s.at === 0 ? '-' : (n / (SAMPLE_EVERY_MS / 1000)).toFixed(0));
      console.log(
        `${String(s.at).padStart(4)}  ${mb(s.memory.rss).padStart(7)}  ${mb(s.memory.heapUsed).padStart(7)}  ${per(s.ingest).padStart(12)}  ${per(s.stats).padStart(11)}`,
      );
    }
    console.log('');
    for (const [label, r] of [
      ['POST /api/responses', ingested],
      ['GET /api/stats', read],
    ] as const) {
      console.log(
        `${label.padEnd(20)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`,
      );
    }

    const third = Math.max(1, Math.floor(samples.length / 3));
    const first = mean(samples.slice(0, third).map((s) => s.memory.rss));
    const last = mean(samples.slice(-third).map((s) => s.memory.rss));
    const growth = last / first - 1;
    const flat = growth <= GROWTH_MARGIN;
    const clean = [ingested, read].every((r) => r.non2xx === 0 && r.errors === 0);
    console.log(
      `RSS first third ${mb(first)} MB, last third ${mb(last)} MB: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% (budget ≤ +${GROWTH_MARGIN * 100}%)  ${flat && clean ? 'OK' : 'OVER BUDGET'}`,
    );
    return flat && clean;
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
