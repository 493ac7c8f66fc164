import { type RedisClient, RedisStore, type Store } from 'hono-rate-limiter';
import { Redis } from 'ioredis';
import type { RateLimits } from './rate-limits.ts';
import type { Logger } from './request-log.ts';

/** Where the limiters keep their counts: one hono-rate-limiter store per limit. */
export type RateLimitCounters = { writes: Store; authFailures: Store };

/** Rate limits with their counters open, and how to close those on shutdown. */
export type OpenRateLimits = { rateLimits: RateLimits | false; close(): Promise<void> };

/** The start of every Redis key when ROLEFIT_REDIS_PREFIX does not say otherwise. */
export const DEFAULT_REDIS_PREFIX = 'rolefit:rate-limit:';

/**
 * A limiter asks Redis on every write it counts, so a slow Redis must cost a request a fraction
 * of a second, never a hang. RedisStore retries a failed command once, so a request waits at most
 * about twice this before it goes through uncounted (and while Redis is down, only one request
 * at a time waits that long: see `health`).
 */
const COMMAND_TIMEOUT_MS = 300;
/** How long to wait for a connection, at startup and on each reconnect. */
const CONNECT_TIMEOUT_MS = 1000;

/** Whether Redis answers; see `health`. */
type Health = {
  /** Whether this request should ask Redis, or go through uncounted at once. */
  ask(): boolean;
  answered(): void;
  failed(error: unknown): void;
  close(): void;
};

/**
 * Log an outage once when it starts and once when it ends, not on every request. While Redis is
 * down, one request at a time asks it again and the others don't wait: a stalled Redis then costs
 * one request a timeout, not every request, and commands don't pile up for it.
 */
function health(log: Logger, redisAt: string): Health {
  let reachable = true;
  let asking = false;
  let closed = false;
  return {
    ask() {
      if (reachable) return true;
      if (asking) return false;
      asking = true;
      return true;
    },
    answered() {
      asking = false;
      if (reachable || closed) return;
      reachable = true;
      log({ level: 'info', msg: 'rate-limit counters reachable again', redis: redisAt });
    },
    failed(error) {
      asking = false;
      if (!reachable || closed) return;
      reachable = false;
      log({
        level: 'warn',
        msg: 'rate-limit counters unreachable: requests go through uncounted until Redis answers',
        redis: redisAt,
        error: String(error),
      });
    },
    close() {
      closed = true;
    },
  };
}

/** The four calls RedisStore makes, answered by ioredis. */
function storeClient(redis: Redis): RedisClient {
  return {
    scriptLoad: (script) => redis.script('LOAD', script) as Promise<string>,
    evalsha: <TArgs extends unknown[], TData = unknown>(
      sha1: string,
      keys: string[],
      args: TArgs,
    ) => redis.evalsha(sha1, keys.length, ...keys, ...args.map(String)) as Promise<TData>,
    decr: (key) => redis.decr(key),
    del: (key) => redis.del(key),
  };
}

/**
 * Fail open: a request whose count Redis can't take goes through uncounted instead of failing or
 * waiting, so a Redis outage loosens the limits for its length rather than taking every user down.
 */
function failOpen(store: Store, redis: Health): Store {
  const quietly = async (action: () => unknown) => {
    if (!redis.ask()) return;
    try {
      await action();
      redis.answered();
    } catch (error) {
      redis.failed(error);
    }
  };
  return {
    init: (options) => store.init?.(options),
    async increment(key) {
      if (!redis.ask()) return { totalHits: 0 };
      try {
        const info = await store.increment(key);
        redis.answered();
        return info;
      } catch (error) {
        redis.failed(error);
        return { totalHits: 0 };
      }
    },
    decrement: (key) => quietly(() => store.decrement(key)),
    resetKey: (key) => quietly(() => store.resetKey(key)),
  };
}

/**
 * Open the counters `limits.redisUrl` names, so every instance pointed at that Redis (and
 * prefix) spends one budget per client. Without a `redisUrl` (or with `counters` already open)
 * the limits come back as they are, counting in memory, and `close` does nothing. Waits for the
 * first connection at most 1.5 s; an unreachable Redis is logged, not thrown, and
 * retried in the background while requests go through uncounted.
 * @example const limits = await openRateLimitCounters(rateLimitsFromEnv(process.env), log);
 *   createApp({ store, rateLimits: limits.rateLimits }); … await limits.close();
 */
export async function openRateLimitCounters(
  limits: RateLimits | false,
  log: Logger,
): Promise<OpenRateLimits> {
  if (limits === false || !limits.redisUrl || limits.counters) {
    return { rateLimits: limits, close: async () => {} };
  }
  const url = new URL(limits.redisUrl);
  // Where, for the logs: never the whole URL, which may hold a password.
  const redisAt = `${url.hostname}:${url.port || '6379'}`;
  const prefix = limits.redisPrefix ?? DEFAULT_REDIS_PREFIX;
  const redis = new Redis(limits.redisUrl, {
    // How the connection shows in Redis's CLIENT LIST.
    connectionName: 'rolefit-rate-limits',
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // Disconnected, a command fails at once instead of queueing until Redis is back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Keep reconnecting for as long as it takes; the counts resume when Redis answers.
    retryStrategy: (times) => Math.min(times * 200, 5000),
  });

  const state = health(log, redisAt);
  redis.on('error', (error) => state.failed(error));
  redis.on('ready', () => state.answered());

  await new Promise<void>((resolve) => {
    const settle = () => {
      clearTimeout(timer);
      redis.off('ready', settle);
      redis.off('error', settle);
      resolve();
    };
    const timer = setTimeout(settle, CONNECT_TIMEOUT_MS + 500);
    redis.once('ready', settle);
    redis.once('error', settle);
  });
  if (redis.status === 'ready') {
    log({ level: 'info', msg: 'rate-limit counters in Redis', redis: redisAt, prefix });
  } else {
    state.failed(new Error(`no connection within ${CONNECT_TIMEOUT_MS} ms`));
  }

  const client = storeClient(redis);
  // One prefix per limit, so writes and refused secrets never share a counter.
  const counters: RateLimitCounters = {
    writes: failOpen(new RedisStore({ client, prefix: `${prefix}writes:` }), state),
    authFailures: failOpen(new RedisStore({ client, prefix: `${prefix}auth-failures:` }), state),
  };
  return {
    rateLimits: { ...limits, counters },
    async close() {
      state.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
