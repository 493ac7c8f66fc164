import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { type OpenRateLimits, openRateLimitCounters } from '../src/rate-limit-counters.ts';
import { type RateLimits, rateLimitsFromEnv } from '../src/rate-limits.ts';
import { type Logger, type LogLine, silentLogger } from '../src/request-log.ts';
import { type RunningServer, startServer } from '../src/start-server.ts';
import { createStore, type Store } from '../src/store/create-store.ts';
import { startServerProcess } from './server-process.ts';

/** Where Redis runs for tests; CI starts it (.ci/run). */
const REDIS_URL = process.env.ROLEFIT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

const redisUp = await redisReachable();
if (!redisUp && process.env.CI === 'true') {
  throw new Error(`Redis is not reachable at ${REDIS_URL}; under CI=true the Redis suite must run`);
}

const answers = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[0]?.id]));
const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** A port nothing listens on: bound, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** One server instance: its own connection to the counters, its own database unless given one. */
type Instance = {
  write(): Promise<Response>;
  request: (path: string, init?: RequestInit) => Promise<Response>;
  close(): Promise<void>;
};

async function instance(
  limits: RateLimits,
  log: Logger = () => {},
  shared?: Store,
): Promise<Instance> {
  const store: Store = shared ?? (await createStore('file::memory:'));
  const opened: OpenRateLimits = await openRateLimitCounters(limits, log);
  const app = createApp({ store, rateLimits: opened.rateLimits });
  return {
    write: async () => app.request('/api/responses', post({ id: randomUUID(), answers })),
    request: async (path, init) => app.request(path, init),
    async close() {
      await opened.close();
      if (!shared) await store.close();
    },
  };
}

const statusesOf = async (writes: Promise<Response>[]) =>
  (await Promise.all(writes)).map((r) => r.status);

describe('rate limits without Redis', () => {
  const open: Instance[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((i) => i.close()));
  });

  it('count on each instance apart, as before: two instances give a client two budgets', async () => {
    const limits = { writesPerMinute: 2, authFailuresPer10Minutes: 0, trustProxy: 0 };
    const [a, b] = [await instance(limits), await instance(limits)] as [Instance, Instance];
    open.push(a, b);
    expect(await statusesOf([a.write(), a.write(), b.write(), b.write()])).toEqual([
      201, 201, 201, 201,
    ]);
    expect((await a.write()).status).toBe(429);
    expect((await b.write()).status).toBe(429);
  });

  it('with Redis unreachable, let requests through at once and say so in the log, once', async () => {
    const lines: LogLine[] = [];
    const started = performance.now();
    const a = await instance(
      {
        writesPerMinute: 2,
        authFailuresPer10Minutes: 0,
        trustProxy: 0,
        redisUrl: `redis://:hunter2@127.0.0.1:${await closedPort()}`,
      },
      (line) => lines.push(line),
    );
    open.push(a);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await a.write()).status);
    // A hang guard, not a benchmark: a request must not wait for a Redis that isn't there.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    const warnings = lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toMatch(/unreachable.*uncounted/);
    // The password in the URL never reaches the log.
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });

  it('reads REDIS_URL and refuses a malformed one, saying what is wrong without repeating it', () => {
    expect(rateLimitsFromEnv({}).redisUrl).toBeUndefined();
    expect(rateLimitsFromEnv({ REDIS_URL: 'redis://cache:6379/2' }).redisUrl).toBe(
      'redis://cache:6379/2',
    );
    expect(
      rateLimitsFromEnv({ REDIS_URL: 'rediss://cache:6380', ROLEFIT_REDIS_PREFIX: 'staging:' }),
    ).toMatchObject({ redisUrl: 'rediss://cache:6380', redisPrefix: 'staging:' });
    expect(() => rateLimitsFromEnv({ REDIS_URL: 'cache:6379:pw=s3cret' })).toThrow(
      /REDIS_URL must start with redis:\/\//,
    );
    expect(() => rateLimitsFromEnv({ REDIS_URL: 'http://cache:6379' })).toThrow(/not http:\/\//);
    expect(() => rateLimitsFromEnv({ REDIS_URL: 'redis://:s3cret@cache:99999' })).toThrow(
      /not a valid URL \(not shown/,
    );
    expect(() => rateLimitsFromEnv({ REDIS_URL: 'redis://cache:6379/rolefit' })).toThrow(
      /database number/,
    );
    for (const raw of ['cache:6379:pw=s3cret', 'redis://:s3cret@cache:99999']) {
      expect(() => rateLimitsFromEnv({ REDIS_URL: raw })).not.toThrow(/s3cret/);
    }
  });

  it('a malformed REDIS_URL stops the server at startup with what to write instead', async () => {
    await expect(startServerProcess({ REDIS_URL: '127.0.0.1:6379' })).rejects.toThrow(
      /exited with 1: rolefit: REDIS_URL must start with redis:\/\/ or rediss:\/\/.*write it like redis:\/\/host:6379/,
    );
  });
});

/** A TCP relay in front of Redis that can hold what the server sends, as a stalled Redis would. */
async function stallableRelay(target: URL) {
  let stalled = false;
  let held: { to: Socket; chunk: Buffer }[] = [];
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    client.on('data', (chunk) => {
      if (stalled) held.push({ to: upstream, chunk });
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => {});
    upstream.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  return {
    url: url.toString(),
    stall: () => {
      stalled = true;
    },
    /** How many commands Redis would have been sent by now, had it not stalled. */
    heldCommands: () =>
      (
        Buffer.concat(held.map((h) => h.chunk))
          .toString()
          .match(/\r\n(evalsha|script)\r\n/gi) ?? []
      ).length,
    resume: () => {
      stalled = false;
      for (const { to, chunk } of held) to.write(chunk);
      held = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!redisUp)(
  `rate limits shared through Redis${redisUp ? '' : ` (skipped: Redis not reachable at ${REDIS_URL})`}`,
  () => {
    const prefix = `rolefit-test:${randomUUID()}:`;
    const open: { close(): Promise<void> }[] = [];
    let redis: Redis;
    beforeAll(() => {
      redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((i) => i.close()));
    });
    afterAll(async () => {
      if (!redis) return;
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    });

    const sharedLimits = (name: string, limits: Omit<RateLimits, 'trustProxy'>): RateLimits => ({
      trustProxy: 0,
      redisUrl: REDIS_URL,
      redisPrefix: `${prefix}${name}:`,
      ...limits,
    });

    it('spend one write budget across two instances: half on each, then 429 on either (issue 13 item 8)', async () => {
      const limits = sharedLimits('writes', { writesPerMinute: 4, authFailuresPer10Minutes: 0 });
      const [a, b] = [await instance(limits), await instance(limits)] as [Instance, Instance];
      open.push(a, b);
      expect(await statusesOf([a.write(), a.write()])).toEqual([201, 201]);
      expect(await statusesOf([b.write(), b.write()])).toEqual([201, 201]);
      for (const refused of [await a.write(), await b.write()]) {
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
      }
      // Reads are not writes: the quiz still loads from both.
      expect((await a.request('/api/quiz')).status).toBe(200);
      expect((await b.request('/api/quiz')).status).toBe(200);
      expect(await redis.keys(`${prefix}writes:writes:*`)).toHaveLength(1);
    });

    it('count refused secrets across instances, apart from writes', async () => {
      const limits = sharedLimits('auth', { writesPerMinute: 10, authFailuresPer10Minutes: 3 });
      // Both instances over one database, as behind a load balancer, so the team is on both.
      const database = await createStore('file::memory:');
      open.push(database);
      const [a, b] = [
        await instance(limits, undefined, database),
        await instance(limits, undefined, database),
      ] as [Instance, Instance];
      open.push(a, b);
      const created = await a.request('/api/teams', post({ name: 'Guess me' }));
      const team = (await created.json()) as { id: string; adminSecret: string };
      const read = (on: Instance, secret: string) =>
        on.request(`/api/teams/${team.id}`, { headers: { authorization: `Bearer ${secret}` } });
      expect((await read(b, team.adminSecret)).status).toBe(200);
      expect((await read(a, 'guess-1')).status).toBe(401);
      expect((await read(b, 'guess-2')).status).toBe(401);
      expect((await read(a, 'guess-3')).status).toBe(401);
      const blocked = await read(b, team.adminSecret);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).not.toBeNull();
      // Writes keep their own budget: one spent, nine left.
      expect((await b.write()).status).toBe(201);
      expect(await redis.get((await redis.keys(`${prefix}auth:auth-failures:*`))[0] ?? '')).toBe(
        '3',
      );
      expect(await redis.get((await redis.keys(`${prefix}auth:writes:*`))[0] ?? '')).toBe('2');
    });

    it('two startServer instances share the budget, and close their Redis connection', async () => {
      const ours = async () =>
        String(await redis.client('LIST'))
          .split('\n')
          .filter((line) => line.includes('name=rolefit-rate-limits')).length;
      const before = await ours();
      const options = {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: 'file::memory:',
        webRoot: mkdtempSync(join(tmpdir(), 'rolefit-no-web-')),
        log: silentLogger,
        adminToken: 'rate-limits-redis-owner-token',
        rateLimits: sharedLimits('servers', { writesPerMinute: 4, authFailuresPer10Minutes: 0 }),
      };
      const servers = await Promise.all([startServer(options), startServer(options)]);
      const [a, b] = servers;
      try {
        expect(await ours()).toBe(before + 2);
        const write = (server: RunningServer) =>
          fetch(`${server.url}/api/responses`, post({ id: randomUUID(), answers }));
        expect(await statusesOf([write(a), write(a), write(b), write(b)])).toEqual([
          201, 201, 201, 201,
        ]);
        const refused = await write(b);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await write(a)).status).toBe(429);
      } finally {
        await Promise.all(servers.map((s) => s.close()));
      }
      expect(await ours()).toBe(before);
    });

    it('with Redis stalled, let requests through within a bound, then count again when it answers', async () => {
      const relay = await stallableRelay(new URL(REDIS_URL));
      const lines: LogLine[] = [];
      const limits = sharedLimits('stall', { writesPerMinute: 10, authFailuresPer10Minutes: 0 });
      const a = await instance(limits);
      const b = await instance({ ...limits, redisUrl: relay.url }, (line) => lines.push(line));
      open.push(a);
      const remaining = (r: Response) => Number(r.headers.get('ratelimit-remaining'));
      try {
        expect(remaining(await b.write())).toBe(9);
        relay.stall();
        for (let i = 0; i < 2; i++) {
          const started = performance.now();
          const through = await b.write();
          // A hang guard, not a benchmark.
          expect(performance.now() - started).toBeLessThan(2000);
          expect(through.status).toBe(201);
        }
        // Known to be down, it is asked by one request at a time; the rest don't wait for it.
        const heldBefore = relay.heldCommands();
        const started = performance.now();
        expect(await statusesOf(Array.from({ length: 5 }, () => b.write()))).toEqual([
          201, 201, 201, 201, 201,
        ]);
        expect(performance.now() - started).toBeLessThan(2000);
        expect(relay.heldCommands() - heldBefore).toBeLessThanOrEqual(2);
        expect(lines.filter((l) => l.level === 'warn')).toHaveLength(1);
        // The other instance, whose Redis answers, kept counting meanwhile.
        expect(remaining(await a.write())).toBe(8);
        relay.resume();
        // What was held reaches Redis late and may count too; from then on each write counts.
        const after = remaining(await b.write());
        expect(after).toBeLessThan(8);
        expect(remaining(await a.write())).toBe(after - 1);
        expect(lines.map((l) => l.msg)).toContain('rate-limit counters reachable again');
      } finally {
        await b.close();
        await relay.close();
      }
    });
  },
);
