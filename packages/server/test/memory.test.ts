import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/start-server.ts';

// A forced collection before each reading makes the heap figures comparable (no --expose-gc needed).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The heap may grow by this much over the run, against the reading after warm-up. */
const HEAP_GROWTH_LIMIT_MB = 50;
const RUNS = 2000;
const CONCURRENCY = 8;
const TOKEN = 'owner-token-for-memory-tests-012345';

type BadRequest = {
  method: string;
  path: string;
  type: string;
  body?: Uint8Array<ArrayBuffer> | string;
};

const ROUTES = [
  { method: 'POST', path: '/api/responses' },
  { method: 'POST', path: '/api/events' },
  { method: 'POST', path: '/api/teams' },
  { method: 'POST', path: '/api/analyze' },
  { method: 'POST', path: '/api/check' },
  { method: 'POST', path: '/api/score' },
  { method: 'PUT', path: '/api/teams/x/workstreams' },
  { method: 'GET', path: '/api/stats?from=2026-99-99' },
  { method: 'GET', path: '/api/teams/x' },
];

/** Every kind of bad body the fuzz suite sends, plus oversized ones, in one deterministic list. */
const badRequests = (seed: number): BadRequest[] => {
  const body = fc.oneof(
    fc.json({ maxDepth: 6 }),
    fc.string({ maxLength: 3000 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.integer({ min: 1, max: 20_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
    fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
    fc.integer({ min: 70_000, max: 300_000 }).map((n) => JSON.stringify({ text: 'x'.repeat(n) })),
    fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((a) => new Uint8Array(a)),
    fc.constant(
      `{"answers":${JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, 'v'])))}}`,
    ),
  );
  const request = fc.record({
    route: fc.constantFrom(...ROUTES),
    body,
    type: fc.constantFrom('application/json', 'application/json', 'text/plain', ''),
  });
  return fc.sample(request, { numRuns: RUNS, seed }).map(({ route, body, type }) => ({
    ...route,
    type,
    ...(route.method === 'GET' ? {} : { body }),
  }));
};

/** JS heap plus memory outside it (Buffers: where request bodies live), after a full collection. */
const heapMb = () => {
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 1024 / 1024;
};

describe('memory stays bounded under bad input', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      log: () => {},
      adminToken: TOKEN,
      rateLimits: false,
      shutdownGraceMs: 100,
    });
  });
  afterAll(() => server.close());

  /** Send the requests over real sockets, a few at a time; tally statuses (0: connection cut). */
  const send = async (requests: BadRequest[]) => {
    const statuses = new Map<number, number>();
    const queue = [...requests];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let r = queue.shift(); r; r = queue.shift()) {
          let status = 0;
          try {
            const res = await fetch(`${server.url}${r.path}`, {
              method: r.method,
              headers: { ...(r.type ? { 'content-type': r.type } : {}), authorization: 'Bearer x' },
              ...(r.body === undefined ? {} : { body: r.body }),
              signal: AbortSignal.timeout(10_000),
            });
            await res.arrayBuffer();
            status = res.status;
          } catch {
            // The server stops reading an oversized body mid-stream; the client may see a reset.
          }
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    return statuses;
  };

  it(`${RUNS} fuzzed, oversized and malformed requests grow the heap by less than ${HEAP_GROWTH_LIMIT_MB} MB`, {
    timeout: 120_000,
  }, async () => {
    await send(badRequests(1).slice(0, 400)); // warm-up: JIT, pools, caches
    const before = heapMb();
    const rssBefore = process.memoryUsage().rss / 1024 / 1024;
    const statuses = await send(badRequests(2));
    const after = heapMb();
    const rssAfter = process.memoryUsage().rss / 1024 / 1024;
    console.log(
      `heap ${before.toFixed(1)} → ${after.toFixed(1)} MB, rss ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(statuses.get(413) ?? 0).toBeGreaterThan(50);
    expect(after - before).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
    // Nothing of it was stored, and the server still answers.
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect((await server.store.responses.list({ limit: 1 })).responses).toEqual([]);
  });
});
